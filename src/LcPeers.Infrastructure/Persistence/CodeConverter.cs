using LcPeers.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>Stores an enum as its stable code ("peer-review"), so the database reads like the API.</summary>
internal sealed class CodeConverter<TEnum>() : ValueConverter<TEnum, string>(v => Codes<TEnum>.Of(v), v => Codes<TEnum>.Parse(v))
    where TEnum : struct, Enum;

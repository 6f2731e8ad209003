using System.Runtime.CompilerServices;
using System.Text.Json;
using FluentValidation;

namespace LcPeers.Application.Common;

/// <summary>
/// Validation errors name fields as clients send them (camelCase JSON names, e.g. <c>contacts[0].email</c>),
/// both in the error key and in the message.
/// </summary>
internal static class ValidationConventions
{
#pragma warning disable CA2255 // The library owns its validators' naming; it must hold before any validator is built.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}

using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LcPeers.Infrastructure.Persistence;

internal static class TypedIdConverters
{
    internal sealed class LearningCommunityIdConverter() : ValueConverter<LearningCommunityId, Guid>(id => id.Value, v => new LearningCommunityId(v));

    internal sealed class ToolIdConverter() : ValueConverter<ToolId, Guid>(id => id.Value, v => new ToolId(v));
}

using LcPeers.Domain.Accounts;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Stories;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LcPeers.Infrastructure.Persistence;

internal static class TypedIdConverters
{
    internal sealed class LearningCommunityIdConverter() : ValueConverter<LearningCommunityId, Guid>(id => id.Value, v => new LearningCommunityId(v));

    internal sealed class ToolIdConverter() : ValueConverter<ToolId, Guid>(id => id.Value, v => new ToolId(v));

    internal sealed class AccountIdConverter() : ValueConverter<AccountId, Guid>(id => id.Value, v => new AccountId(v));

    internal sealed class ExpertIdConverter() : ValueConverter<ExpertId, Guid>(id => id.Value, v => new ExpertId(v));

    internal sealed class ProposalIdConverter() : ValueConverter<ProposalId, Guid>(id => id.Value, v => new ProposalId(v));

    internal sealed class MatchingRunIdConverter() : ValueConverter<MatchingRunId, Guid>(id => id.Value, v => new MatchingRunId(v));

    internal sealed class SupportRequestIdConverter() : ValueConverter<SupportRequestId, Guid>(id => id.Value, v => new SupportRequestId(v));

    internal sealed class EngagementIdConverter() : ValueConverter<EngagementId, Guid>(id => id.Value, v => new EngagementId(v));

    internal sealed class SessionIdConverter() : ValueConverter<SessionId, Guid>(id => id.Value, v => new SessionId(v));

    internal sealed class StoryIdConverter() : ValueConverter<StoryId, Guid>(id => id.Value, v => new StoryId(v));

    internal sealed class GoodPracticeIdConverter() : ValueConverter<GoodPracticeId, Guid>(id => id.Value, v => new GoodPracticeId(v));
}

using LcPeers.Application.Engagements;

namespace LcPeers.Api.Web;

/// <summary>The sessions table of an engagement; <see cref="CanManage"/> adds move and cancel (the coordinator's page).</summary>
public sealed record SessionsView(EngagementResponse Engagement, bool CanManage);

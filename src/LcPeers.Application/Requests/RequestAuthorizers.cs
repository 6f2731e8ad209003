using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Requests.ChangeRequestStatus;
using LcPeers.Application.Requests.GetRequest;
using LcPeers.Application.Requests.UpdateRequest;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests;

/// <summary>
/// A request is acted on by its LC's coordinators and by staff. A missing request is allowed through, so its handler
/// answers 404.
/// </summary>
internal sealed class RequestOwnership(ILcPeersDb db, LcAccess access)
{
    public const string Reason = "You can act only for the learning communities you coordinate.";

    public async ValueTask<AccessDecision> AuthorizeAsync(Guid requestId, CancellationToken ct)
    {
        var id = new SupportRequestId(requestId);
        var lc = await db.SupportRequests.Where(r => r.Id == id).Select(r => (Domain.LearningCommunities.LearningCommunityId?)r.LearningCommunityId).FirstOrDefaultAsync(ct);
        return lc is { } lcId ? AccessDecision.AllowIf(await access.CanActForAsync(lcId, ct), Reason) : AccessDecision.Allow;
    }
}

internal sealed class GetRequestAuthorizer(RequestOwnership ownership) : IResourceAuthorizer<GetRequestQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetRequestQuery message, CancellationToken ct) => ownership.AuthorizeAsync(message.Id, ct);
}

internal sealed class UpdateRequestAuthorizer(RequestOwnership ownership) : IResourceAuthorizer<UpdateRequestCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(UpdateRequestCommand message, CancellationToken ct) => ownership.AuthorizeAsync(message.Id, ct);
}

internal sealed class SubmitRequestAuthorizer(RequestOwnership ownership) : IResourceAuthorizer<SubmitRequestCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SubmitRequestCommand message, CancellationToken ct) => ownership.AuthorizeAsync(message.Id, ct);
}

internal sealed class WithdrawRequestAuthorizer(RequestOwnership ownership) : IResourceAuthorizer<WithdrawRequestCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(WithdrawRequestCommand message, CancellationToken ct) => ownership.AuthorizeAsync(message.Id, ct);
}

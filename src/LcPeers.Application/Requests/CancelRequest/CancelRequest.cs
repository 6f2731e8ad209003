using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Requests.CancelRequest;

/// <summary>Staff stop an open request; a reason is required. Coordinators withdraw theirs instead (the role rule refuses them here).</summary>
[RequiresRole(Roles.Staff)]
public sealed record CancelRequestCommand(string? Reason) : ICommand<RequestResponse>, IRequestScoped
{
    [JsonIgnore]
    public Guid Id { get; init; }

    Guid IRequestScoped.RequestId => Id;
}

internal sealed class CancelRequestHandler(ILcPeersDb db, RequestLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CancelRequestCommand, RequestResponse>
{
    public async ValueTask<RequestResponse> Handle(CancelRequestCommand command, CancellationToken ct)
    {
        var request = await loader.LoadForActionAsync(command.Id, ct);
        request.Cancel(user.Actor(), command.Reason, time.GetUtcNow()); // its open proposals end with it: Workflow.CloseOpenProposals
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }
}

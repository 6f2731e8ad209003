using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Requests.WithdrawRequest;

/// <summary>The coordinator (or staff) takes an open request back.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record WithdrawRequestCommand(string? Reason) : ICommand<RequestResponse>, IRequestScoped
{
    [JsonIgnore]
    public Guid Id { get; init; }

    Guid IRequestScoped.RequestId => Id;
}

internal sealed class WithdrawRequestHandler(ILcPeersDb db, RequestLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<WithdrawRequestCommand, RequestResponse>
{
    public async ValueTask<RequestResponse> Handle(WithdrawRequestCommand command, CancellationToken ct)
    {
        var request = await loader.LoadForActionAsync(command.Id, ct);
        request.Withdraw(user.Actor(), command.Reason, time.GetUtcNow()); // its open proposals end with it: Workflow.CloseOpenProposals
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }
}

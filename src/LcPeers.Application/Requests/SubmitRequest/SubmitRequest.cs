using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Requests.SubmitRequest;

/// <summary>The coordinator (or staff) submits a draft for matching; a 400 names each term the draft still leaves open.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record SubmitRequestCommand(Guid Id) : ICommand<RequestResponse>, IRequestScoped
{
    Guid IRequestScoped.RequestId => Id;
}

internal sealed class SubmitRequestHandler(ILcPeersDb db, RequestLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SubmitRequestCommand, RequestResponse>
{
    public async ValueTask<RequestResponse> Handle(SubmitRequestCommand command, CancellationToken ct)
    {
        var request = await loader.LoadForActionAsync(command.Id, ct);
        if (request.CanSubmit)
        {
            RequestCompleteness.Ensure(request.MissingTerms());
        }

        request.Submit(user.Actor(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }
}

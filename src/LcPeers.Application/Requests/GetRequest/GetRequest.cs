using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Requests.GetRequest;

/// <summary>A request with its status and history (its LC's coordinators, or staff).</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record GetRequestQuery(Guid Id) : IQuery<RequestResponse>, IRequestScoped
{
    Guid IRequestScoped.RequestId => Id;
}

internal sealed class GetRequestHandler(RequestLoader loader) : IQueryHandler<GetRequestQuery, RequestResponse>
{
    public async ValueTask<RequestResponse> Handle(GetRequestQuery query, CancellationToken ct) =>
        await loader.ToResponseAsync(await loader.LoadForActionAsync(query.Id, ct, tracking: false), ct);
}

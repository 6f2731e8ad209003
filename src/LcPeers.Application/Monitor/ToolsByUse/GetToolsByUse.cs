using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Tools;
using LcPeers.Application.Tools.ListTools;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.ToolsByUse;

/// <summary>
/// Tools that work, for the monitor: every catalogue tool with the requests in scope that named it, the engagements
/// they led to and those engagements' ratings, the most used first (staff).
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetToolsByUseQuery(int? From = null, int? To = null, string? Phase = null, string? Sector = null, string? Province = null)
    : IQuery<ToolListResponse>, IMonitorFilter;

public sealed class GetToolsByUseValidator : MonitorFilterValidator<GetToolsByUseQuery>;

internal sealed class GetToolsByUseHandler(ILcPeersDb db) : IQueryHandler<GetToolsByUseQuery, ToolListResponse>
{
    public async ValueTask<ToolListResponse> Handle(GetToolsByUseQuery query, CancellationToken ct)
    {
        var inScope = await MonitorScope.Of(query).RequestsAsync(db, ct);
        var use = await ToolUse.ReadAsync(db, ct, inScope);
        var tools = await db.Tools.AsNoTracking().OrderBy(t => t.Number).ToListAsync(ct);
        var items = ToolUse.MostUsedFirst(tools.Select(t => ToolResponse.From(t, use.GetValueOrDefault(t.Id, ToolUse.None)))).ToList();
        return new ToolListResponse(items, items.Count);
    }
}

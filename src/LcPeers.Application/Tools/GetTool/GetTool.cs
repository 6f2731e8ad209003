using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Tools;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Tools.GetTool;

[Public]
public sealed record GetToolQuery(Guid Id) : IQuery<ToolResponse>;

internal sealed class GetToolHandler(ILcPeersDb db) : IQueryHandler<GetToolQuery, ToolResponse>
{
    public async ValueTask<ToolResponse> Handle(GetToolQuery query, CancellationToken ct)
    {
        var id = new ToolId(query.Id);
        var tool = await db.Tools.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new NotFoundException("Tool", query.Id);
        return ToolResponse.From(tool, (await ToolUse.ReadAsync(db, ct)).GetValueOrDefault(tool.Id, ToolUse.None));
    }
}

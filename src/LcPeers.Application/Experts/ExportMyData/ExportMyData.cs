using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.ExportMyData;

/// <summary>The right of access and portability: everything LcPeers stores about the signed-in expert.</summary>
public sealed record ExportMyDataQuery : IQuery<ExpertDataExport>;

public sealed record ExpertDataExport(DateTimeOffset ExportedAt, string AccountEmail, ExpertResponse Profile);

internal sealed class ExportMyDataHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time)
    : IQueryHandler<ExportMyDataQuery, ExpertDataExport>
{
    public async ValueTask<ExpertDataExport> Handle(ExportMyDataQuery query, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expert = await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.AccountEmail == email, ct)
            ?? throw new NotFoundException("Expert profile of", email);
        return new ExpertDataExport(time.GetUtcNow(), expert.AccountEmail, ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true));
    }
}

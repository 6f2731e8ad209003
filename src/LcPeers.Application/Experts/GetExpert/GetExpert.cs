using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Experts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.GetExpert;

/// <summary>
/// One expert profile: the owner and staff see it whole; so do the coordinators of an LC the expert accepted an
/// engagement with (contact details are shared from acceptance on). Nobody else reads profiles directly.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record GetExpertQuery(Guid Id) : IQuery<ExpertResponse>;

/// <summary>The signed-in expert's own profile.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record GetMyExpertQuery : IQuery<ExpertResponse>;

internal sealed class GetExpertHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools)
    : IQueryHandler<GetExpertQuery, ExpertResponse>, IQueryHandler<GetMyExpertQuery, ExpertResponse>
{
    public async ValueTask<ExpertResponse> Handle(GetExpertQuery query, CancellationToken ct)
    {
        var id = new ExpertId(query.Id);
        var expert = await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("Expert", query.Id);
        return ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true);
    }

    public async ValueTask<ExpertResponse> Handle(GetMyExpertQuery query, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expert = await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.AccountEmail == email, ct)
            ?? throw new NotFoundException("Expert profile of", email);
        return ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true);
    }
}

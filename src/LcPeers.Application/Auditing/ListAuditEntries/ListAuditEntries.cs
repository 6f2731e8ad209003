using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Auditing.ListAuditEntries;

public sealed record AuditEntryResponse(Guid Id, string EntityType, Guid EntityId, string Action, string? From, string? To, string Actor, DateTimeOffset At, string? Reason, string? Details);

/// <summary>The audit trail of one record (a proposal, request, engagement, session or outbox email), oldest first (staff).</summary>
[RequiresRole(Roles.Staff)]
public sealed record ListAuditEntriesQuery(Guid? EntityId) : IQuery<IReadOnlyList<AuditEntryResponse>>;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator() => RuleFor(x => x.EntityId).NotEmpty();
}

internal sealed class ListAuditEntriesHandler(ILcPeersDb db, ActorNames actorNames) : IQueryHandler<ListAuditEntriesQuery, IReadOnlyList<AuditEntryResponse>>
{
    public async ValueTask<IReadOnlyList<AuditEntryResponse>> Handle(ListAuditEntriesQuery query, CancellationToken ct)
    {
        // One record's trail, read along the (EntityId, At) index in its order.
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == query.EntityId).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(ct);
        var actors = await actorNames.ResolveAsync(entries.Select(a => a.Actor), ct);
        return [.. entries.Select(a => new AuditEntryResponse(a.Id, a.EntityType, a.EntityId, a.Action, a.From, a.To, actors[a.Actor], a.At, a.Reason, a.Details))];
    }
}

using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Monitor;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Publication;

/// <summary>Which monitor aggregates are public now, and the version to change them from (staff).</summary>
[RequiresRole(Roles.Staff)]
public sealed record GetMonitorPublicationQuery : IQuery<MonitorPublicationResponse>;

/// <param name="Published">The public aggregates (<see cref="MonitorAggregates"/>).</param>
/// <param name="Aggregates">Every aggregate that can be made public.</param>
/// <param name="Version">The version a change starts from.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
/// <param name="UpdatedAt">When.</param>
public sealed record MonitorPublicationResponse(IReadOnlyList<string> Published, IReadOnlyList<string> Aggregates, int Version, string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>
/// Staff decide per aggregate what the public network monitor shows (report ch. 6.4: aggregates without LC names may
/// be public): the listed aggregates become public, the others stop being so. Audited; a stale version is 409.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record PublishMonitorAggregatesCommand(IReadOnlyList<string>? Aggregates, int? Version) : ICommand<MonitorPublicationResponse>;

public sealed class PublishMonitorAggregatesValidator : AbstractValidator<PublishMonitorAggregatesCommand>
{
    public PublishMonitorAggregatesValidator()
    {
        RuleFor(x => x.Aggregates).NotNull();
        RuleForEach(x => x.Aggregates).Must(MonitorAggregates.IsKnown)
            .WithMessage($"'aggregates' must hold only: {string.Join(", ", MonitorAggregates.All)}.");
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class MonitorPublicationHandlers(ILcPeersDb db, ICurrentUser user, TimeProvider time, ActorNames actorNames)
    : IQueryHandler<GetMonitorPublicationQuery, MonitorPublicationResponse>, ICommandHandler<PublishMonitorAggregatesCommand, MonitorPublicationResponse>
{
    public async ValueTask<MonitorPublicationResponse> Handle(GetMonitorPublicationQuery query, CancellationToken ct) =>
        await ToResponseAsync(await ReadAsync(db, time, ct), ct);

    public async ValueTask<MonitorPublicationResponse> Handle(PublishMonitorAggregatesCommand command, CancellationToken ct)
    {
        var publication = await db.MonitorPublication.FirstOrDefaultAsync(p => p.Id == MonitorPublication.SingletonId, ct);
        if (publication is null)
        {
            publication = MonitorPublication.CreateDefault(time.GetUtcNow());
            db.MonitorPublication.Add(publication);
        }

        if (publication.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                $"What the public monitor shows is at version {publication.Version}; the change was based on version {command.Version}. Reload and choose again.");
        }

        var before = string.Join(",", publication.Published);
        var now = time.GetUtcNow();
        publication.Publish(command.Aggregates!, user.Actor(), now);
        db.AuditEntries.Add(AuditEntry.Record(AuditEntityKinds.MonitorPublication, Guid.Empty, AuditActions.Changed, before, string.Join(",", publication.Published),
            user.Actor(), now));
        await db.SaveChangesAsync(ct);
        return await ToResponseAsync(publication, ct);
    }

    /// <summary>The row, or the default (nothing public) before anyone chose.</summary>
    internal static async Task<MonitorPublication> ReadAsync(ILcPeersDb db, TimeProvider time, CancellationToken ct) =>
        await db.MonitorPublication.AsNoTracking().FirstOrDefaultAsync(p => p.Id == MonitorPublication.SingletonId, ct)
        ?? MonitorPublication.CreateDefault(time.GetUtcNow());

    private async Task<MonitorPublicationResponse> ToResponseAsync(MonitorPublication p, CancellationToken ct) =>
        new(p.Published, MonitorAggregates.All, p.Version, await actorNames.NameAsync(p.UpdatedBy, ct), p.UpdatedAt);
}

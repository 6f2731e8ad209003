using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Runs;

/// <summary>
/// Staff start a batch assignment over all submitted requests without proposals. One run at a time.
/// <paramref name="Objective"/>: <c>total</c> (default, the best total score) or <c>fair</c> (first the best worst-off request).
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record StartMatchingRunCommand(string? Objective = null) : ICommand<MatchingRunId>;

public sealed class StartMatchingRunValidator : AbstractValidator<StartMatchingRunCommand>
{
    public StartMatchingRunValidator() =>
        RuleFor(c => c.Objective).Must(o => o is null || Codes<MatchingRunObjective>.IsValid(o))
            .WithMessage($"'objective' must be one of: {string.Join(", ", Codes<MatchingRunObjective>.All)}.");
}

/// <summary>A run's status, progress and outcome.</summary>
[RequiresRole(Roles.Staff)]
public sealed record GetMatchingRunQuery(Guid Id) : IQuery<MatchingRunResponse>;

internal sealed class MatchingRunHandlers(ILcPeersDb db, IMatchingRunScheduler scheduler, ICurrentUser user, TimeProvider time, ActorNames actorNames)
    : ICommandHandler<StartMatchingRunCommand, MatchingRunId>, IQueryHandler<GetMatchingRunQuery, MatchingRunResponse>
{
    public async ValueTask<MatchingRunId> Handle(StartMatchingRunCommand command, CancellationToken ct)
    {
        if (await db.MatchingRuns.AnyAsync(r => r.Status == MatchingRunStatus.Queued || r.Status == MatchingRunStatus.Running, ct))
        {
            throw new BusinessRuleException(RuleCodes.MatchingRun.InProgress, "A matching run is already queued or running; wait for it to finish.");
        }

        var objective = command.Objective is null ? MatchingRunObjective.Total : Codes<MatchingRunObjective>.Parse(command.Objective);
        var run = MatchingRun.Queue(user.Actor(), time.GetUtcNow(), objective);
        db.MatchingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await scheduler.ScheduleAsync(run.Id, ct);
        return run.Id;
    }

    public async ValueTask<MatchingRunResponse> Handle(GetMatchingRunQuery query, CancellationToken ct)
    {
        var id = new MatchingRunId(query.Id);
        var run = await db.MatchingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("Matching run", query.Id);
        return MatchingRunResponse.From(run, await actorNames.NameAsync(run.StartedBy, ct));
    }
}

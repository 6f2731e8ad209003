using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.Runs;

/// <summary>
/// Staff start a batch assignment over all submitted requests without proposals. One run at a time.
/// <paramref name="Objective"/>: <c>total</c> (default, the best total score) or <c>fair</c> (first the best worst-off request).
/// <paramref name="Replan"/>: minimal change over the open requests that already have proposals as well: approved and
/// accepted pairs stay, proposed ones stay unless replacing one improves the total by more than
/// <c>Matching:ReplanThreshold</c>, open places are filled; the run lists every change (objective <c>total</c> only).
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record StartMatchingRunCommand(string? Objective = null, bool? Replan = null) : ICommand<MatchingRunId>;

public sealed class StartMatchingRunValidator : AbstractValidator<StartMatchingRunCommand>
{
    public StartMatchingRunValidator()
    {
        RuleFor(c => c.Objective).Must(o => o is null || Codes<MatchingRunObjective>.IsValid(o))
            .WithMessage($"'objective' must be one of: {string.Join(", ", Codes<MatchingRunObjective>.All)}.");
        RuleFor(c => c.Replan).Must(r => r != true).When(c => c.Objective == Codes<MatchingRunObjective>.Of(MatchingRunObjective.Fair))
            .WithMessage("'replan' works with the objective 'total' only.");
    }
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
        var run = MatchingRun.Queue(user.Actor(), time.GetUtcNow(), objective, command.Replan == true);
        db.MatchingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await scheduler.ScheduleAsync(run.Id, ct);
        return run.Id;
    }

    public async ValueTask<MatchingRunResponse> Handle(GetMatchingRunQuery query, CancellationToken ct)
    {
        var id = new MatchingRunId(query.Id);
        var run = await db.MatchingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("Matching run", query.Id);
        var experts = run.Changes.SelectMany(c => new[] { c.RemovedExpertId, c.AddedExpertId, c.KeptExpertId }).OfType<Guid>().Select(g => new ExpertId(g)).Distinct().ToList();
        var names = experts.Count == 0 ? new Dictionary<Guid, string>()
            : await db.Experts.AsNoTracking().Where(e => experts.Contains(e.Id)).ToDictionaryAsync(e => e.Id.Value, e => e.DisplayName, ct);
        var requests = run.Changes.Select(c => new SupportRequestId(c.RequestId)).Distinct().ToList();
        var lcNames = requests.Count == 0 ? new Dictionary<Guid, string>()
            : await (from r in db.SupportRequests.AsNoTracking()
                     where requests.Contains(r.Id)
                     join lc in db.LearningCommunities.AsNoTracking() on r.LearningCommunityId equals lc.Id
                     select new { r.Id, lc.Name }).ToDictionaryAsync(x => x.Id.Value, x => x.Name, ct);
        return MatchingRunResponse.From(run, await actorNames.NameAsync(run.StartedBy, ct), names, lcNames);
    }
}

using LcPeers.Application.Matching.Runs;
using LcPeers.Domain.Matching;
using Quartz;

namespace LcPeers.Infrastructure.Scheduling;

/// <summary>
/// Stores a durable, recoverable one-shot job for the run and a trigger that fires it now. "Now" is read from the
/// container's <see cref="TimeProvider"/>, the clock Quartz's store compares fire times with.
/// </summary>
internal sealed class QuartzMatchingRunScheduler(ISchedulerFactory factory, TimeProvider time) : IMatchingRunScheduler
{
    public async Task ScheduleAsync(MatchingRunId id, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var key = MatchingRunJob.KeyFor(id);
        var job = JobBuilder.Create<MatchingRunJob>()
            .WithIdentity(key)
            .UsingJobData(MatchingRunJob.RunIdKey, id.Value.ToString("D"))
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(key.Name, MatchingRunJob.Group)
            .ForJob(key)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }
}

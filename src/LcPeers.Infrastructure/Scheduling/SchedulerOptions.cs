namespace LcPeers.Infrastructure.Scheduling;

/// <summary>The <c>Scheduler:</c> section: the Quartz scheduler that runs matching runs and the session job.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off only for hosts that must not run timed work at all (tools, some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The persistent ADO store on the app's database, clustered across instances. Off: Quartz's in-memory store,
    /// for a single instance whose queued runs need not survive a restart (tests that do not exercise clustering).
    /// </summary>
    public bool Persistent { get; set; } = true;

    /// <summary>"AUTO" derives a unique id per instance (host name and time); give a fixed id only per instance.</summary>
    public string InstanceId { get; set; } = "AUTO";

    /// <summary>How often an instance records that it is alive; a peer recovers its jobs once it misses a check-in.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long past a missed check-in a peer waits before it treats the instance as dead.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a trigger may fire before its misfire instruction applies.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an idle instance waits before it looks for triggers another instance scheduled.</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    public int ThreadCount { get; set; } = 2;

    /// <summary>How often the sweep looks for active runs whose job is gone.</summary>
    public TimeSpan RunSweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How old (on the app's clock) an active run without a job must be before the sweep acts on it.</summary>
    public TimeSpan RunSweepGrace { get; set; } = TimeSpan.FromMinutes(2);
}

using FluentValidation;
using LcPeers.Application.Common.Security;
using LcPeers.Matching.Assignment;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. Mediator itself is registered by the host, where its source generator runs.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<IValidator<AssignmentProblem>, AssignmentProblemValidator>();
        services.AddScoped<Common.Security.LcAccess>();
        services.AddScoped<Common.Accounts.ResolvedAccount>();
        services.AddScoped<Common.Accounts.AccountResolver>();
        services.AddScoped<Common.Accounts.ActorNames>();
        services.AddScoped<Common.ToolResolver>();
        services.AddScoped<Requests.RequestLoader>();
        services.AddScoped<Matching.MatchingPoolLoader>();
        services.AddSingleton<Matching.Snapshot.PoolSnapshotHolder>();
        services.AddScoped<Matching.Snapshot.PoolSnapshot>();
        services.AddScoped<Matching.Snapshot.IPoolSnapshotRefresh>(sp => sp.GetRequiredService<Matching.Snapshot.PoolSnapshot>());
        services.AddScoped<Matching.IExpertRatings, Matching.ExpertRatings>();
        services.AddScoped<Matching.MatchingSettingsStore>();
        services.AddSingleton<Matching.Runs.IMatchingRunObserver, Matching.Runs.NoMatchingRunObserver>();
        services.AddScoped<Matching.ProposalLoader>();
        services.AddScoped<Matching.Runs.RunRanking>();
        services.AddScoped<Matching.Runs.RunReplanning>();
        services.AddScoped<Common.Events.IDomainEventDispatcher, Common.Events.DomainEventDispatcher>();
        AddImplementations(services, typeof(Common.Events.IDomainEventHandler<>));
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Lifecycle.RunLifecycleJobs.StaffDigest>();
        services.AddScoped<Lifecycle.RunLifecycleJobs.FeedbackRequests>();
        services.AddScoped<Notifications.NudgePolicy>();
        services.AddScoped<Notifications.NudgeNotifier>();
        services.AddScoped<Notifications.Preferences.MyAddresses>();
        services.AddScoped<Lifecycle.RunLifecycleJobs.FreshnessSweep>();
        services.AddSingleton<Notifications.AppLinks>();
        services.AddScoped<Engagements.EngagementAccess>();
        services.AddScoped<Stories.StoryAccess>();
        services.AddScoped<Engagements.TrackRecord.IExpertTrackRecord, Engagements.TrackRecord.ExpertTrackRecord>();
        services.AddScoped<Experts.ExpertOwnership>();
        services.AddScoped<Matching.ProposalExpert>();
        AddImplementations(services, typeof(IResourceAuthorizer<>));
        return services;
    }

    /// <summary>
    /// Every implementation in this assembly of an open generic contract (domain event handlers, resource authorizers),
    /// scoped like the unit of work they read and write. A generic implementation such as
    /// <see cref="Engagements.EngagementParticipantAuthorizer{TMessage}"/> is closed over each message type that meets
    /// its constraints (<see cref="Engagements.IEngagementScoped"/>): one concrete registration per message, as for
    /// the hand-written ones, rather than an open-generic registration the container would try for every message.
    /// </summary>
    private static void AddImplementations(IServiceCollection services, Type openContract)
    {
        var types = typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        foreach (var type in types)
        {
            foreach (var implementation in type.IsGenericTypeDefinition ? ClosedOver(type, types) : [type])
            {
                foreach (var contract in implementation.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openContract))
                {
                    services.AddScoped(contract, implementation);
                }
            }
        }
    }

    /// <summary>A one-parameter generic type closed over every candidate that satisfies its constraints.</summary>
    private static IEnumerable<Type> ClosedOver(Type definition, IEnumerable<Type> candidates)
    {
        if (definition.GetGenericArguments() is not [var parameter])
        {
            return [];
        }

        var constraints = parameter.GetGenericParameterConstraints();
        return candidates.Where(c => !c.IsGenericTypeDefinition && constraints.Length > 0 && constraints.All(k => k.IsAssignableFrom(c)))
            .Select(c => definition.MakeGenericType(c));
    }
}

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
        services.AddScoped<Common.ToolResolver>();
        services.AddScoped<Requests.RequestLoader>();
        services.AddScoped<Matching.MatchingPoolLoader>();
        services.AddScoped<Matching.IExpertRatings, Matching.ExpertRatings>();
        services.AddScoped<Matching.MatchingSettingsStore>();
        services.AddSingleton<Matching.Runs.IMatchingRunObserver, Matching.Runs.NoMatchingRunObserver>();
        services.AddScoped<Matching.ProposalLoader>();
        services.AddScoped<Matching.Runs.RunRanking>();
        services.AddScoped<Common.Events.IDomainEventDispatcher, Common.Events.DomainEventDispatcher>();
        AddImplementations(services, typeof(Common.Events.IDomainEventHandler<>));
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Engagements.EngagementAccess>();
        services.AddScoped<Engagements.TrackRecord.IExpertTrackRecord, Engagements.TrackRecord.ExpertTrackRecord>();
        services.AddScoped<Requests.RequestOwnership>();
        services.AddScoped<Experts.ExpertOwnership>();
        services.AddScoped<Engagements.EngagementParticipation>();
        services.AddScoped<Matching.ProposalExpert>();
        AddImplementations(services, typeof(IResourceAuthorizer<>));
        return services;
    }

    /// <summary>
    /// Every implementation in this assembly of an open generic contract (domain event handlers, resource authorizers),
    /// scoped like the unit of work they read and write.
    /// </summary>
    private static void AddImplementations(IServiceCollection services, Type openContract)
    {
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openContract))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}

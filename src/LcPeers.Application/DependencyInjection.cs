using FluentValidation;
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
        services.AddSingleton<Matching.Runs.MatchingRunChannel>();
        services.AddScoped<Matching.ProposalLoader>();
        services.AddScoped<Matching.Runs.RunRanking>();
        services.AddScoped<Common.Events.IDomainEventDispatcher, Common.Events.DomainEventDispatcher>();
        AddDomainEventHandlers(services);
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Engagements.EngagementAccess>();
        services.AddScoped<Engagements.TrackRecord.IExpertTrackRecord, Engagements.TrackRecord.ExpertTrackRecord>();
        return services;
    }

    /// <summary>Every <see cref="Common.Events.IDomainEventHandler{TEvent}"/> of this assembly, scoped like the unit of work they write to.</summary>
    private static void AddDomainEventHandlers(IServiceCollection services)
    {
        var handlers = typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false });
        foreach (var type in handlers)
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Common.Events.IDomainEventHandler<>)))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}

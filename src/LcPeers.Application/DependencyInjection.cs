using FluentValidation;
using LcPeers.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. Mediator itself is registered by the host, where its source generator runs.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<Common.Security.LcAccess>();
        services.AddScoped<Common.ToolResolver>();
        services.AddScoped<Requests.RequestLoader>();
        services.AddScoped<Matching.MatchingPoolLoader>();
        services.AddScoped<Matching.IExpertRatings, Matching.ExpertRatings>();
        services.AddScoped<Matching.MatchingSettingsStore>();
        services.AddSingleton<Matching.Runs.MatchingRunChannel>();
        services.AddScoped<Matching.ProposalWorkflow>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Engagements.EngagementAccess>();
        services.AddScoped<Engagements.TrackRecord.IExpertTrackRecord, Engagements.TrackRecord.ExpertTrackRecord>();
        services.AddScoped<Requests.RequestOwnership>();
        services.AddScoped<Experts.ExpertOwnership>();
        services.AddScoped<Engagements.EngagementParticipation>();
        services.AddScoped<Matching.ProposalExpert>();
        AddResourceAuthorizers(services);
        return services;
    }

    /// <summary>Every <see cref="IResourceAuthorizer{TMessage}"/> in this assembly, for the authorization step.</summary>
    private static void AddResourceAuthorizers(IServiceCollection services)
    {
        var authorizers = typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false });
        foreach (var type in authorizers)
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IResourceAuthorizer<>)))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}

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
        services.AddScoped<Matching.ProposalWorkflow>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Engagements.EngagementAccess>();
        services.AddScoped<Engagements.TrackRecord.IExpertTrackRecord, Engagements.TrackRecord.ExpertTrackRecord>();
        return services;
    }
}

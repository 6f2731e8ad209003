using LcPeers.Application.Common;
using LcPeers.Application.Common.Calendar;
using LcPeers.Application.Common.Email;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Engagements.SessionJobs;
using LcPeers.Infrastructure.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Email through the outbox: SMTP when <c>Email:Smtp:Host</c> is set, otherwise .eml files in
    /// <c>Email:PickupDirectory</c>; the dispatcher runs as a background service (the session job is scheduled, see Scheduling/).
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<AppOptions>(configuration.GetSection(AppOptions.Section));
        services.Configure<EmailDeliveryOptions>(configuration.GetSection(EmailDeliveryOptions.Section));
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.Section));
        var delivery = configuration.GetSection(EmailDeliveryOptions.Section).Get<EmailDeliveryOptions>() ?? new EmailDeliveryOptions();

        // In production mail must go somewhere on purpose: an SMTP host, or an explicitly configured pickup folder.
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(delivery.Smtp.Host)
            && string.IsNullOrWhiteSpace(configuration[$"{EmailDeliveryOptions.Section}:PickupDirectory"]))
        {
            throw new StartupConfigurationException(
                $"Missing setting {EmailDeliveryOptions.Section}:Smtp:Host: in Production mail is sent over SMTP (or, deliberately, to {EmailDeliveryOptions.Section}:PickupDirectory).");
        }

        if (!string.IsNullOrWhiteSpace(delivery.Smtp.Host))
        {
            services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        }
        else
        {
            var directory = Path.IsPathRooted(delivery.PickupDirectory) ? delivery.PickupDirectory : Path.Combine(environment.ContentRootPath, delivery.PickupDirectory);
            services.AddSingleton<IEmailTransport>(sp => new PickupDirectoryEmailTransport(directory, sp.GetRequiredService<IOptions<EmailOptions>>()));
        }

        services.AddSingleton<ICalendarInviteBuilder, IcalCalendarInviteBuilder>();
        services.AddSingleton<IUnsubscribeTokens, UnsubscribeTokens>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        if (delivery.DispatcherEnabled)
        {
            services.AddHostedService<OutboxDispatcherService>();
        }

        return services;
    }
}

using LcPeers.Application.Notifications.Preferences;
using Mediator;

namespace LcPeers.Api.Endpoints;

internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");

        group.MapGet("/mail-preferences", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyMailPreferencesQuery(), ct)))
            .RequireAuthorization()
            .WithName("GetMyMailPreferences")
            .WithSummary("Whether nudges (reminders, requests for feedback, confirmations) reach the signed-in person, and at which addresses.");
        group.MapPut("/mail-preferences", async (MailPreferencesBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetMyMailPreferencesCommand(body.Nudges), ct)))
            .RequireAuthorization()
            .WithName("SetMyMailPreferences")
            .WithSummary("Turns nudges on or off. Invitations, introductions and session mail always go.");
        group.MapPost("/unsubscribe", async (UnsubscribeCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new UnsubscribedResponse(await sender.Send(command, ct))))
            .AllowAnonymous()
            .WithName("Unsubscribe")
            .WithSummary("Turns nudges off for the address a nudge's signed unsubscribe token names; no sign-in needed.");

        return app;
    }

    internal sealed record MailPreferencesBody(bool Nudges);

    internal sealed record UnsubscribedResponse(string Address);
}

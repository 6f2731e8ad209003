using System.Globalization;
using LcPeers.Api.Resources;
using LcPeers.Api.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Web;

/// <summary>
/// The server-rendered web UI (Razor Pages) in the same host as the API. Pages send the same Mediator messages the
/// endpoints send; access follows the same policies, by folder: <c>/Pages/Expert</c>, <c>/Pages/Coordinator</c>,
/// <c>/Pages/Staff</c>. Dutch first, English by a cookie the language switch sets.
/// </summary>
internal static class WebUi
{
    public const string DefaultCulture = "nl";
    public static readonly IReadOnlyList<string> Cultures = [DefaultCulture, "en"];

    /// <summary>The machine-facing paths; everything else is the web UI (HTML error pages, Dutch by default).</summary>
    public static bool IsUiRequest(HttpContext context) => IsUiPath(context.Request.Path);

    public static bool IsUiPath(PathString path) =>
        !(path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/scalar") || path.StartsWithSegments("/health"));

    public static IServiceCollection AddLcPeersWebUi(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddLocalization();
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Expert", Policies.Expert);
                o.Conventions.AuthorizeFolder("/Coordinator", Policies.Coordinator);
                o.Conventions.AuthorizeFolder("/Requests", Policies.Coordinator); // coordinators for their LCs, staff for all
                o.Conventions.AuthorizeFolder("/Staff", Policies.Staff);

                // The demo sign-in has no route at all outside Development: it is a 404 there, whatever the settings say.
                o.Conventions.AddPageRouteModelConvention("/Account/DevSignIn", model =>
                {
                    if (!environment.IsDevelopment())
                    {
                        model.Selectors.Clear();
                    }
                });
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UiExceptionFilter>();
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true; // the API's validators decide what is required
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false); // no client-side framework: the server validates

        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            var t = factory.Create(typeof(SharedResource));
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => t["Binding.Invalid", value]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Binding.Invalid", value]);
            messages.SetValueIsInvalidAccessor(value => t["Binding.Invalid", value]);
            messages.SetUnknownValueIsInvalidAccessor(_ => t["Binding.Invalid", ""]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Binding.Invalid", ""]);
            messages.SetValueMustBeANumberAccessor(_ => t["Binding.Number"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Binding.Number"]);
            messages.SetValueMustNotBeNullAccessor(_ => t["Binding.Required"]);
            messages.SetMissingBindRequiredValueAccessor(_ => t["Binding.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => t["Binding.Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Binding.Required"]);
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "lcpeers.af";
            o.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()]; // Dutch unless the visitor switched
        });

        services.AddScoped<ReferenceData>();
        return services;
    }

    /// <summary>
    /// Error handling and culture for the UI: unexpected errors and bare status codes (403, 404, a forged form's 400)
    /// show an HTML page in the visitor's language; the API keeps its problem details.
    /// </summary>
    public static WebApplication UseLcPeersWebUiErrors(this WebApplication app)
    {
        app.UseWhen(IsUiRequest, ui =>
        {
            ui.UseRequestLocalization();
            ui.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseWhen(context => !IsUiRequest(context), api => api.UseStatusCodePages());
        return app;
    }
}

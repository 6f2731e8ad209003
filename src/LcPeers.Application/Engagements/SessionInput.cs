using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Engagements;

namespace LcPeers.Application.Engagements;

/// <summary>The fields of a session as clients send them. Times without an offset are Europe/Amsterdam wall-clock time.</summary>
public interface ISessionInput
{
    string? Title { get; }
    string? Start { get; }
    string? End { get; }
    string? Location { get; }
    string? OnlineUrl { get; }
    string? Agenda { get; }
    string? ObserverEmail { get; }
}

/// <summary>The rules and the mapping the schedule and reschedule messages share.</summary>
internal static class SessionInput
{
    public static void AddSessionRules<T>(this AbstractValidator<T> v, bool titleRequired) where T : ISessionInput
    {
        if (titleRequired)
        {
            v.RuleFor(x => x.Title).NotEmpty();
        }

        v.RuleFor(x => x.Title).MaximumLength(200).SingleLine();
        v.RuleFor(x => x.Start).NotEmpty().Must(s => LocalTimes.TryParse(s, LocalTimes.Amsterdam, out _))
            .WithMessage("'start' must be a date-time such as 2027-10-31T10:00:00 (Amsterdam time) or with an offset; it must exist in Amsterdam time.")
            .WithErrorCode(DateRules.LocalTimeErrorCode);
        v.RuleFor(x => x.End).NotEmpty().Must(s => LocalTimes.TryParse(s, LocalTimes.Amsterdam, out _))
            .WithMessage("'end' must be a date-time such as 2027-10-31T12:00:00 (Amsterdam time) or with an offset; it must exist in Amsterdam time.")
            .WithErrorCode(DateRules.LocalTimeErrorCode);
        v.RuleFor(x => x.End).Must((x, end) => Instant(end) > Instant(x.Start))
            .When(x => LocalTimes.TryParse(x.Start, LocalTimes.Amsterdam, out _) && LocalTimes.TryParse(x.End, LocalTimes.Amsterdam, out _))
            .WithMessage("'end' must be after 'start'.").WithErrorCode(DateRules.EndBeforeStartErrorCode);
        v.RuleFor(x => x.Location).MaximumLength(300).SingleLine();
        v.RuleFor(x => x.OnlineUrl).MaximumLength(500).SingleLine()
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("'onlineUrl' must be an absolute http(s) address.");
        v.RuleFor(x => x.Agenda).MaximumLength(4000).NoControlCharacters();
        v.RuleFor(x => x.ObserverEmail).MaximumLength(TextRules.EmailMaxLength).ValidEmailAddress();
    }

    public static SessionDetails ToDetails(this ISessionInput input, string title) => new(
        title, Instant(input.Start), Instant(input.End), LocalTimes.Amsterdam, input.Location, input.OnlineUrl, input.Agenda, input.ObserverEmail);

    private static DateTimeOffset Instant(string? text) => LocalTimes.TryParse(text, LocalTimes.Amsterdam, out var at) ? at : default;
}

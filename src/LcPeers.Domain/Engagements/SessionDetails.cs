namespace LcPeers.Domain.Engagements;

/// <summary>
/// When and where a session takes place. Times are instants (UTC); <see cref="TimeZone"/> is the IANA zone the
/// session is planned in, so invitations show the wall-clock time the participants agreed on.
/// </summary>
public sealed record SessionDetails(
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    string? Location,
    string? OnlineUrl,
    string? Agenda,
    string? ObserverEmail);

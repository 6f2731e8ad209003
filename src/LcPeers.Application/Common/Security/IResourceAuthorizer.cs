namespace LcPeers.Application.Common.Security;

/// <summary>
/// Decides whether the current user may act on the resource a message names (the LC's coordinators, the profile's
/// owner, the engagement's participants, the proposal's expert). Runs in the authorization step, after the role check
/// and before validation. A resource that does not exist is <see cref="AccessDecision.Allow"/>ed so the handler
/// answers 404 as it always did.
/// </summary>
public interface IResourceAuthorizer<in TMessage>
{
    ValueTask<AccessDecision> AuthorizeAsync(TMessage message, CancellationToken ct);
}

public enum AccessOutcome
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>The outcome of a resource check: allowed, forbidden (403, with why), or hidden from this user (404).</summary>
public sealed record AccessDecision(AccessOutcome Outcome, string? Reason = null, string? Resource = null, object? Key = null)
{
    public static AccessDecision Allow { get; } = new(AccessOutcome.Allowed);

    public static AccessDecision Forbid(string reason) => new(AccessOutcome.Forbidden, reason);

    /// <summary>The resource exists but must look absent to this user (an expert's proposal before staff approved it).</summary>
    public static AccessDecision Hide(string resource, object key) => new(AccessOutcome.NotFound, Resource: resource, Key: key);

    public static AccessDecision AllowIf(bool allowed, string reason) => allowed ? Allow : Forbid(reason);
}

using System.Reflection;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements;

/// <summary>
/// A message about one engagement. Its participants (staff, the LC's coordinators, its expert) may send it, as
/// <see cref="EngagementParticipantAuthorizer{TMessage}"/> decides; <see cref="EngagementSidesAttribute"/> narrows it
/// to some of them.
/// </summary>
public interface IEngagementScoped
{
    Guid EngagementId { get; }
}

/// <summary>Only these participants of the engagement may send the message; the others get 403 with <see cref="Refusal"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class EngagementSidesAttribute(params EngagementRole[] sides) : Attribute
{
    public IReadOnlyList<EngagementRole> Sides { get; } = sides;

    public required string Refusal { get; init; }
}

/// <summary>
/// Which participant the current user is in the message's engagement, as <see cref="EngagementAccess.RoleAsync"/>
/// decides it; strangers get 403 and so do the sides the message's <see cref="EngagementSidesAttribute"/> leaves out.
/// A missing engagement is left to the handler (404). Registered for every <see cref="IEngagementScoped"/> message.
/// </summary>
internal sealed class EngagementParticipantAuthorizer<TMessage>(ILcPeersDb db, EngagementAccess access) : IResourceAuthorizer<TMessage>
    where TMessage : IEngagementScoped
{
    public const string NotParticipant = "Only the engagement's expert, the LC's coordinators and staff may do this.";

    private static readonly EngagementSidesAttribute? Sides = typeof(TMessage).GetCustomAttribute<EngagementSidesAttribute>();

    public async ValueTask<AccessDecision> AuthorizeAsync(TMessage message, CancellationToken ct)
    {
        var id = new EngagementId(message.EngagementId);
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (engagement is null)
        {
            return AccessDecision.Allow;
        }

        return await access.RoleAsync(engagement, ct) switch
        {
            null => AccessDecision.Forbid(NotParticipant),
            { } role when Sides is { } sides && !sides.Sides.Contains(role) => AccessDecision.Forbid(sides.Refusal),
            _ => AccessDecision.Allow,
        };
    }
}


using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using Mediator;

namespace LcPeers.Application.Engagements.Feedback;

/// <summary>
/// After the engagement ended, a coordinator rates the help (1-5, with a comment) and the expert may rate the
/// collaboration. Once per side; a second rating is a 409.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Coordinator)]
[EngagementSides(EngagementRole.Coordinator, EngagementRole.Expert, Refusal = "Feedback comes from the LC's coordinators or the engagement's expert.")]
public sealed record GiveFeedbackCommand(int? Rating, string? Comment) : ICommand<Guid>, IEngagementScoped
{
    [JsonIgnore]
    public Guid EngagementId { get; init; }
}

public sealed class GiveFeedbackValidator : AbstractValidator<GiveFeedbackCommand>
{
    public GiveFeedbackValidator()
    {
        RuleFor(x => x.Rating).NotNull().InclusiveBetween(EngagementFeedback.MinRating, EngagementFeedback.MaxRating);
        RuleFor(x => x.Comment).MaximumLength(2000).NoControlCharacters();
    }
}

internal sealed class GiveFeedbackHandler(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<GiveFeedbackCommand, Guid>
{
    public async ValueTask<Guid> Handle(GiveFeedbackCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct, tracking: false);
        var side = role switch
        {
            EngagementRole.Coordinator => FeedbackRole.Coordinator,
            EngagementRole.Expert => FeedbackRole.Expert,
            _ => throw new InvalidOperationException($"The authorization step admits only the two sides, not {role}."),
        };

        var feedback = EngagementFeedback.Give(engagement, side, user.Actor(), command.Rating!.Value, command.Comment, now);
        db.EngagementFeedback.Add(feedback);
        db.Record(AuditEntityKinds.Engagement, engagement.Id.Value, AuditActions.Feedback, null, Codes<FeedbackRole>.Of(side), user.Actor(), now,
            details: $"{{\"rating\":{feedback.Rating}}}");
        await db.SaveChangesAsync(ct);
        return feedback.Id;
    }
}

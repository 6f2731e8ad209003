using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Domain.Stories;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.ConsentToStory;

/// <summary>
/// The story's expert consents to being named in it (<c>consent: true</c>) or withdraws that consent (<c>false</c>);
/// a withdrawal hides the name at once, also in a published story. Only the expert themselves decides this.
/// </summary>
[RequiresRole(Roles.Expert)]
public sealed record ConsentToStoryCommand(bool? Consent) : ICommand<StoryResponse>
{
    [JsonIgnore]
    public Guid StoryId { get; init; }
}

public sealed class ConsentToStoryValidator : AbstractValidator<ConsentToStoryCommand>
{
    public ConsentToStoryValidator() => RuleFor(x => x.Consent).NotNull();
}

/// <summary>Only the expert the story is about answers for themselves; a missing story is the handler's 404.</summary>
internal sealed class ConsentToStoryAuthorizer(ILcPeersDb db, ICurrentUser user) : IResourceAuthorizer<ConsentToStoryCommand>
{
    public async ValueTask<AccessDecision> AuthorizeAsync(ConsentToStoryCommand message, CancellationToken ct)
    {
        var id = new StoryId(message.StoryId);
        var expertId = await db.Stories.AsNoTracking().Where(s => s.Id == id).Select(s => (Domain.Experts.ExpertId?)s.ExpertId).FirstOrDefaultAsync(ct);
        if (expertId is null)
        {
            return AccessDecision.Allow;
        }

        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Id == expertId.Value, ct);
        return AccessDecision.AllowIf(user.IsOwner(expert), "Only the expert the story is about gives or withdraws consent to being named.");
    }
}

internal sealed class ConsentToStoryHandler(ILcPeersDb db, StoryAccess access, ICurrentUser user, TimeProvider time) : ICommandHandler<ConsentToStoryCommand, StoryResponse>
{
    public async ValueTask<StoryResponse> Handle(ConsentToStoryCommand command, CancellationToken ct)
    {
        var story = await access.LoadAsync(command.StoryId, ct);
        var now = time.GetUtcNow();
        story.RecordExpertConsent(command.Consent!.Value, now);
        StoryAudit.Consent(db, story, command.Consent.Value, user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(story, ct);
    }
}

using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Stories;
using Mediator;

namespace LcPeers.Application.Stories.ReviewStory;

/// <summary>Staff publish a submitted story (it becomes public) or return it to its author with a note saying what to change.</summary>
[RequiresRole(Roles.Staff)]
public sealed record ReviewStoryCommand(string? Decision, string? Note) : ICommand<StoryResponse>
{
    public const string Publish = "publish";
    public const string Return = "return";

    [JsonIgnore]
    public Guid StoryId { get; init; }
}

public sealed class ReviewStoryValidator : AbstractValidator<ReviewStoryCommand>
{
    public ReviewStoryValidator()
    {
        RuleFor(x => x.Decision).Must(d => d is ReviewStoryCommand.Publish or ReviewStoryCommand.Return)
            .WithMessage($"'decision' must be one of: {ReviewStoryCommand.Publish}, {ReviewStoryCommand.Return}.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Decision == ReviewStoryCommand.Return)
            .WithMessage("'note' is required when the story is returned: tell the author what to change.");
        RuleFor(x => x.Note).MaximumLength(Story.NoteMaxLength).NoControlCharacters();
    }
}

internal sealed class ReviewStoryHandler(ILcPeersDb db, StoryAccess access, ICurrentUser user, TimeProvider time) : ICommandHandler<ReviewStoryCommand, StoryResponse>
{
    public async ValueTask<StoryResponse> Handle(ReviewStoryCommand command, CancellationToken ct)
    {
        var story = await access.LoadAsync(command.StoryId, ct);
        var (from, now) = (story.Status, time.GetUtcNow());
        if (command.Decision == ReviewStoryCommand.Publish)
        {
            story.Publish(user.Actor(), now);
        }
        else
        {
            story.Return(user.Actor(), command.Note!, now);
        }

        StoryAudit.StatusChanged(db, story, from, user.Actor(), now);

        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(story, ct);
    }
}

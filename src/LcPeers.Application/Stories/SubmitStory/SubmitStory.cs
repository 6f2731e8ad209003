using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Stories.SubmitStory;

/// <summary>The author hands a draft or returned story to staff for review. A story that names the expert needs their consent first.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record SubmitStoryCommand(Guid StoryId) : ICommand<StoryResponse>, IStoryScoped;

internal sealed class SubmitStoryHandler(ILcPeersDb db, StoryAccess access, ICurrentUser user, TimeProvider time) : ICommandHandler<SubmitStoryCommand, StoryResponse>
{
    public async ValueTask<StoryResponse> Handle(SubmitStoryCommand command, CancellationToken ct)
    {
        var story = await access.LoadAsync(command.StoryId, ct);
        var (from, now) = (story.Status, time.GetUtcNow());
        story.Submit(now);
        StoryAudit.StatusChanged(db, story, from, user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(story, ct);
    }
}

using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories;

/// <summary>A message about one story (<see cref="StoryAuthorAuthorizer{TMessage}"/> decides who may send it).</summary>
public interface IStoryScoped
{
    Guid StoryId { get; }
}

/// <summary>Who may see a story and shapes responses: published stories are public; the others are for their author, the LC's coordinators, the expert and staff.</summary>
internal sealed class StoryAccess(ILcPeersDb db, ICurrentUser user, LcAccess lcAccess, ToolResolver tools)
{
    public const string NotAuthor = "Only the story's author and staff may change or submit it.";

    public async Task<Story> LoadAsync(Guid id, CancellationToken ct, bool tracking = true)
    {
        var storyId = new StoryId(id);
        var query = tracking ? db.Stories : db.Stories.AsNoTracking();
        return await query.FirstOrDefaultAsync(s => s.Id == storyId, ct) ?? throw new NotFoundException("Story", id);
    }

    public bool IsAuthor(Story story) => user.AccountId is { } me && story.AuthorId == me;

    public async Task<bool> IsOwnExpertAsync(Story story, CancellationToken ct) =>
        user.IsInRole(Roles.Expert) && await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == story.ExpertId, ct) is { } expert && user.IsOwner(expert);

    /// <summary>A story that is not published looks absent (404) to everyone but its author, the LC's coordinators, its expert and staff.</summary>
    public async Task<bool> CanSeeAsync(Story story, CancellationToken ct) =>
        story.Status == StoryStatus.Published || IsAuthor(story) || await lcAccess.CanActForAsync(story.LearningCommunityId, ct)
        || await IsOwnExpertAsync(story, ct);

    /// <summary>One story with what the current user may do with it.</summary>
    public async Task<StoryResponse> ToResponseAsync(Story story, CancellationToken ct)
    {
        var (isAuthor, isOwnExpert) = (IsAuthor(story), await IsOwnExpertAsync(story, ct));
        return (await ToResponsesAsync([story], ct))[0] with
        {
            IsAuthor = isAuthor,
            IsOwnExpert = isOwnExpert,
            Actions = story.AllowedActions(isAuthor, user.IsStaff(), isOwnExpert),
        };
    }

    /// <summary>Shapes stories with their LC's name, their tools' names and, where it may be shown, the expert's name.</summary>
    public async Task<IReadOnlyList<StoryResponse>> ToResponsesAsync(IReadOnlyList<Story> stories, CancellationToken ct)
    {
        var lcIds = stories.Select(s => s.LearningCommunityId).Distinct().ToList();
        var lcNames = await db.LearningCommunities.AsNoTracking().Where(l => lcIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var named = stories.Where(s => s.ShowsExpertName).Select(s => s.ExpertId).Distinct().ToList();
        var expertNames = await db.Experts.AsNoTracking().Where(e => named.Contains(e.Id) && e.ErasedAt == null)
            .ToDictionaryAsync(e => e.Id, e => e.DisplayName, ct);
        var toolNames = await tools.NamesAsync(ct);
        return [.. stories.Select(s => StoryResponse.From(s, lcNames.GetValueOrDefault(s.LearningCommunityId, ""), toolNames, expertNames.GetValueOrDefault(s.ExpertId)))];
    }
}

/// <summary>
/// The story's author and staff change and submit it; anyone else gets 403. A missing story is left to the handler
/// (404). Registered for every <see cref="IStoryScoped"/> message.
/// </summary>
internal sealed class StoryAuthorAuthorizer<TMessage>(ILcPeersDb db, ICurrentUser user) : IResourceAuthorizer<TMessage>
    where TMessage : IStoryScoped
{
    public async ValueTask<AccessDecision> AuthorizeAsync(TMessage message, CancellationToken ct)
    {
        var id = new StoryId(message.StoryId);
        var story = await db.Stories.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { AuthorEmail = db.Accounts.Where(a => a.Id == s.AuthorId).Select(a => a.Email).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (story is null)
        {
            return AccessDecision.Allow;
        }

        // The account step runs after this one, so the author is recognised by their account's address.
        var isAuthor = user.Email is { } email && string.Equals(story.AuthorEmail, email, StringComparison.Ordinal);
        return AccessDecision.AllowIf(user.IsStaff() || isAuthor, StoryAccess.NotAuthor);
    }
}

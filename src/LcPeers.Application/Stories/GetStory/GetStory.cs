using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Stories.GetStory;

/// <summary>One story: a published one for anyone; one not yet published only for its author, the LC's coordinators, its expert and staff (404 for others).</summary>
[Public]
public sealed record GetStoryQuery(Guid Id) : IQuery<StoryResponse>;

internal sealed class GetStoryHandler(StoryAccess access) : IQueryHandler<GetStoryQuery, StoryResponse>
{
    public async ValueTask<StoryResponse> Handle(GetStoryQuery query, CancellationToken ct)
    {
        var story = await access.LoadAsync(query.Id, ct, tracking: false);
        if (!await access.CanSeeAsync(story, ct))
        {
            throw new NotFoundException("Story", query.Id);
        }

        return await access.ToResponseAsync(story, ct);
    }
}

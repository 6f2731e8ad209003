using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.ConfirmDirectoryEntry;

/// <summary>
/// A coordinator of the LC (or staff) says its directory entry is still correct ("Gegevens kloppen nog"): a new
/// confirmation cycle starts, a stale mark goes and the directory shows the date.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record ConfirmDirectoryEntryCommand(Guid LearningCommunityId) : ICommand<LearningCommunityResponse>, ILearningCommunityScoped;

internal sealed class ConfirmDirectoryEntryHandler(ILcPeersDb db, TimeProvider time)
    : ICommandHandler<ConfirmDirectoryEntryCommand, LearningCommunityResponse>
{
    public async ValueTask<LearningCommunityResponse> Handle(ConfirmDirectoryEntryCommand command, CancellationToken ct)
    {
        var id = new LearningCommunityId(command.LearningCommunityId);
        var lc = await db.LearningCommunities.FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Learning community", command.LearningCommunityId);
        lc.ConfirmDirectoryEntry(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return LearningCommunityResponse.From(lc);
    }
}

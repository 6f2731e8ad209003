using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.UpdateLearningCommunity;

/// <summary>Replaces an LC's description. <see cref="Version"/> is the version the editor started from.</summary>
[RequiresRole(Roles.Staff)]
public sealed record UpdateLearningCommunityCommand(
    string? Name,
    string? Region,
    string? Type,
    string? Status,
    string? Phase,
    int? PartnerCount,
    bool? PartnerCountIsMinimum,
    IReadOnlyList<string>? PartnerOrganisations,
    IReadOnlyList<string>? Sectors,
    IReadOnlyList<ContactPersonDto>? Contacts,
    string? Description,
    int? Version,
    IReadOnlyList<PartnerTypeInput>? PartnerTypes = null,
    int? StartedYear = null) : ICommand<LearningCommunityResponse>, ILearningCommunityInput
{
    /// <summary>Taken from the route, not the body.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateLearningCommunityHandler(ILcPeersDb db, TimeProvider time)
    : ICommandHandler<UpdateLearningCommunityCommand, LearningCommunityResponse>
{
    public async ValueTask<LearningCommunityResponse> Handle(UpdateLearningCommunityCommand command, CancellationToken ct)
    {
        var id = new LearningCommunityId(command.Id);
        var lc = await db.LearningCommunities.FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Learning community", command.Id);

        if (lc.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                $"Learning community '{command.Id}' is at version {lc.Version}; the update was based on version {command.Version}. Reload and apply your change again.");
        }

        lc.Update(command.ToProfile(), time.GetUtcNow());
        await db.SaveChangesAsync(ct); // the version is also a concurrency token: a write racing this one fails here
        return LearningCommunityResponse.From(lc);
    }
}

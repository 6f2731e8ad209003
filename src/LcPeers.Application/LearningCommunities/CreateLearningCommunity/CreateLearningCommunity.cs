using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Mediator;

namespace LcPeers.Application.LearningCommunities.CreateLearningCommunity;

[RequiresRole(Roles.Staff)]
public sealed record CreateLearningCommunityCommand(
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
    IReadOnlyList<PartnerTypeInput>? PartnerTypes = null,
    int? StartedYear = null) : ICommand<LearningCommunityId>, ILearningCommunityInput;

internal sealed class CreateLearningCommunityHandler(ILcPeersDb db, TimeProvider time)
    : ICommandHandler<CreateLearningCommunityCommand, LearningCommunityId>
{
    public async ValueTask<LearningCommunityId> Handle(CreateLearningCommunityCommand command, CancellationToken ct)
    {
        var lc = LearningCommunity.Create(command.ToProfile(), time.GetUtcNow());
        db.LearningCommunities.Add(lc);
        await db.SaveChangesAsync(ct);
        return lc.Id;
    }
}

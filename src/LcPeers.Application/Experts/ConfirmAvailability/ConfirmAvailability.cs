using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.ConfirmAvailability;

/// <summary>
/// The signed-in expert says their availability is still correct ("Ja, klopt nog", the link in the quarterly mail):
/// a new confirmation cycle starts and a stale mark goes. Nothing else changes, so no version is needed.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record ConfirmMyAvailabilityCommand : ICommand<ExpertResponse>;

internal sealed class ConfirmMyAvailabilityHandler(ILcPeersDb db, ToolResolver tools, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ConfirmMyAvailabilityCommand, ExpertResponse>
{
    public async ValueTask<ExpertResponse> Handle(ConfirmMyAvailabilityCommand command, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.AccountEmail == email, ct)
            ?? throw new NotFoundException("Expert profile of", email);
        expert.ConfirmAvailability(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true);
    }
}

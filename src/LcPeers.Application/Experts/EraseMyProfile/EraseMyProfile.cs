using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.EraseMyProfile;

/// <summary>The right to erasure: personal data is removed; an anonymous stub keeps engagement counts true.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record EraseMyProfileCommand : ICommand;

internal sealed class EraseMyProfileHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<EraseMyProfileCommand>
{
    public async ValueTask<Unit> Handle(EraseMyProfileCommand command, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.AccountEmail == email, ct)
            ?? throw new NotFoundException("Expert profile of", email);
        expert.Erase(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}

using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.EraseMyProfile;

/// <summary>
/// The right to erasure: the profile's personal data and the person's account record are replaced (an anonymous stub
/// keeps engagement counts true), pending mail to or about them is cancelled and sent mail loses its text.
/// What stays and why: docs/personal-data.md.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record EraseMyProfileCommand : ICommand;

internal sealed class EraseMyProfileHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<EraseMyProfileCommand>
{
    public async ValueTask<Unit> Handle(EraseMyProfileCommand command, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.AccountEmail == email, ct)
            ?? throw new NotFoundException("Expert profile of", email);
        var account = await db.Accounts.FindAsync([user.Actor()], ct); // tracked too: an account created on this very request
        await PersonalDataEraser.EraseAsync(db, expert, account, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}

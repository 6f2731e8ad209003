using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Tools;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.GoodPractices.RemoveGoodPractice;

/// <summary>Staff take a good practice out of the catalogue, with the version they read (a stale one is a 409).</summary>
[RequiresRole(Roles.Staff)]
public sealed record RemoveGoodPracticeCommand(Guid GoodPracticeId, int? Version) : ICommand;

public sealed class RemoveGoodPracticeValidator : AbstractValidator<RemoveGoodPracticeCommand>
{
    public RemoveGoodPracticeValidator() =>
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
}

internal sealed class RemoveGoodPracticeHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<RemoveGoodPracticeCommand>
{
    public async ValueTask<Unit> Handle(RemoveGoodPracticeCommand command, CancellationToken ct)
    {
        var id = new GoodPracticeId(command.GoodPracticeId);
        var practice = await db.GoodPractices.FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Good practice", command.GoodPracticeId);
        GoodPracticeVersions.Check(practice, command.Version);
        db.GoodPractices.Remove(practice);
        db.Record(AuditEntityKinds.GoodPractice, practice.Id.Value, AuditActions.Removed, practice.Title, null, user.Actor(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}

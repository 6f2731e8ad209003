using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Outbox.RetryOutboxEmail;

/// <summary>Staff send a dead email again (the same message, with the same Message-ID).</summary>
[RequiresRole(Roles.Staff)]
public sealed record RetryOutboxEmailCommand(Guid Id) : ICommand<OutboxEmailResponse>;

internal sealed class RetryOutboxEmailHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<RetryOutboxEmailCommand, OutboxEmailResponse>
{
    public async ValueTask<OutboxEmailResponse> Handle(RetryOutboxEmailCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var email = await db.OutboxEmails.FirstOrDefaultAsync(e => e.Id == command.Id, ct) ?? throw new NotFoundException("Outbox email", command.Id);
        email.Retry(now);
        db.Record(AuditEntityKinds.Outbox, email.Id, AuditActions.Retry, Codes<OutboxStatus>.Of(OutboxStatus.Dead), Codes<OutboxStatus>.Of(email.Status), user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return OutboxEmailResponse.From(email);
    }
}

using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Tools;
using Mediator;

namespace LcPeers.Application.GoodPractices.RecordGoodPractice;

/// <summary>Staff record a good practice: title, phase, bottleneck, what was done, what it brought, whom to ask, and the tool it used.</summary>
[RequiresRole(Roles.Staff)]
public sealed record RecordGoodPracticeCommand(
    string? Title, string? Phase, string? Bottleneck, string? WhatWasDone, string? WhatItBrought, string? Contact, string? Tool)
    : ICommand<Guid>, IGoodPracticeInput;

public sealed class RecordGoodPracticeValidator : AbstractValidator<RecordGoodPracticeCommand>
{
    public RecordGoodPracticeValidator() => this.AddGoodPracticeRules();
}

internal sealed class RecordGoodPracticeHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time)
    : ICommandHandler<RecordGoodPracticeCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordGoodPracticeCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var practice = GoodPractice.Record(await command.ToContentAsync(tools, ct), user.Actor(), now);
        db.GoodPractices.Add(practice);
        db.Record(AuditEntityKinds.GoodPractice, practice.Id.Value, AuditActions.Added, null, practice.Title, user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return practice.Id.Value;
    }
}

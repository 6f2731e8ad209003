using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Tools;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.GoodPractices.UpdateGoodPractice;

/// <summary>Staff change a good practice. <see cref="Version"/> is the version they started from; a stale one is a 409.</summary>
[RequiresRole(Roles.Staff)]
public sealed record UpdateGoodPracticeCommand(
    string? Title, string? Phase, string? Bottleneck, string? WhatWasDone, string? WhatItBrought, string? Contact, string? Tool, int? Version)
    : ICommand<GoodPracticeResponse>, IGoodPracticeInput
{
    [JsonIgnore]
    public Guid GoodPracticeId { get; init; }
}

public sealed class UpdateGoodPracticeValidator : AbstractValidator<UpdateGoodPracticeCommand>
{
    public UpdateGoodPracticeValidator()
    {
        this.AddGoodPracticeRules();
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
    }
}

internal sealed class UpdateGoodPracticeHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time)
    : ICommandHandler<UpdateGoodPracticeCommand, GoodPracticeResponse>
{
    public async ValueTask<GoodPracticeResponse> Handle(UpdateGoodPracticeCommand command, CancellationToken ct)
    {
        var id = new GoodPracticeId(command.GoodPracticeId);
        var practice = await db.GoodPractices.FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Good practice", command.GoodPracticeId);
        GoodPracticeVersions.Check(practice, command.Version);
        var now = time.GetUtcNow();
        var before = practice.Title;
        practice.Update(await command.ToContentAsync(tools, ct), now);
        db.Record(AuditEntityKinds.GoodPractice, practice.Id.Value, AuditActions.Changed, before, practice.Title, user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return GoodPracticeResponse.From(practice, await tools.NamesAsync(ct));
    }
}

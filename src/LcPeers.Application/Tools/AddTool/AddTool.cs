using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Tools.AddTool;

/// <summary>
/// Staff add a tool to the catalogue: its name, the phases it serves, the bottleneck themes it helps with, whether it
/// needs a facilitator, and a description (Dutch; English optional). It is numbered after the report's inventory.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record AddToolCommand(
    string? Name, IReadOnlyList<string>? Phases, IReadOnlyList<string>? Bottlenecks, bool? NeedsFacilitator, bool? LcSpecific,
    string? DescriptionNl, string? DescriptionEn) : ICommand<Guid>;

public sealed class AddToolValidator : AbstractValidator<AddToolCommand>
{
    public AddToolValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Tool.NameMaxLength).SingleLine();
        RuleFor(x => x.Phases).NotEmpty();
        RuleForEach(x => x.Phases).Must(Codes<Phase>.IsValid)
            .WithMessage($"'phases' must hold only: {string.Join(", ", Codes<Phase>.All)}.");
        RuleForEach(x => x.Bottlenecks).Must(Codes<Bottleneck>.IsValid)
            .WithMessage($"'bottlenecks' must hold only: {string.Join(", ", Codes<Bottleneck>.All)}.");
        RuleFor(x => x.DescriptionNl).NotEmpty().MaximumLength(Tool.DescriptionMaxLength).NoControlCharacters();
        RuleFor(x => x.DescriptionEn).MaximumLength(Tool.DescriptionMaxLength).NoControlCharacters();
    }
}

internal sealed class AddToolHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<AddToolCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddToolCommand command, CancellationToken ct)
    {
        var name = command.Name!.Trim();
        if (await db.Tools.AnyAsync(t => t.Name == name, ct))
        {
            throw NameTaken(name);
        }

        var now = time.GetUtcNow();
        var number = Tool.NextAddedNumber(await db.Tools.MaxAsync(t => (int?)t.Number, ct));
        var tool = Tool.Add(number, name, command.Phases!.Select(Codes<Phase>.Parse), (command.Bottlenecks ?? []).Select(Codes<Bottleneck>.Parse),
            command.NeedsFacilitator ?? false, command.LcSpecific ?? false, command.DescriptionNl!, command.DescriptionEn, now);
        db.Tools.Add(tool);
        db.Record(AuditEntityKinds.Tool, tool.Id.Value, AuditActions.Added, null, tool.Name, user.Actor(), now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DuplicateException ex)
        {
            throw NameTaken(name, ex); // the same name (or number) was added at the same moment
        }

        return tool.Id.Value;
    }

    private static DuplicateException NameTaken(string name, Exception? inner = null) =>
        new(RuleCodes.Tool.NameTaken, $"The catalogue already has a tool named '{name}'.", inner);
}

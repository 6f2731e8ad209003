using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Experts.SetAvailability;

/// <summary>Sets hours per month, the maximum of concurrent engagements and the (un)available periods.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record SetAvailabilityCommand(
    int? HoursPerMonth,
    int? MaxConcurrentEngagements,
    IReadOnlyList<AvailabilityPeriodDto>? Availability,
    int? Version) : ICommand<ExpertResponse>, IAvailabilityInput
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class SetAvailabilityValidator : AbstractValidator<SetAvailabilityCommand>
{
    public SetAvailabilityValidator()
    {
        this.AddAvailabilityRules(required: true);
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
    }
}

internal sealed class SetAvailabilityHandler(ILcPeersDb db, ToolResolver tools, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SetAvailabilityCommand, ExpertResponse>
{
    public async ValueTask<ExpertResponse> Handle(SetAvailabilityCommand command, CancellationToken ct)
    {
        var expert = await db.LoadForChangeAsync(command.Id, ct);
        expert.EnsureVersion(command.Version);
        expert.SetAvailability(command.ToAvailability(expert), user.Actor(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true);
    }
}

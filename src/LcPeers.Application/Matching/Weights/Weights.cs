using System.Text.Json;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Matching;
using Mediator;

namespace LcPeers.Application.Matching.Weights;

/// <summary>The current matching weights, their version, who set them, and the documented defaults.</summary>
[RequiresRole(Roles.Staff)]
public sealed record GetWeightsQuery : IQuery<WeightsResponse>;

public sealed record WeightsResponse(MatchingWeights Weights, MatchingWeights Defaults, int Version, string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>
/// Staff change the weights; every change is audited with the weights before and after. <c>recentLoad</c> came later
/// than the others: left out, it keeps its current value, so clients that do not know it change nothing by accident.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record UpdateWeightsCommand(
    double? Competence,
    double? Phase,
    double? KindFit,
    double? Tools,
    double? Sector,
    double? Region,
    double? TrackRecord,
    double? Load,
    double? OutsidePerspective,
    int? Version,
    double? RecentLoad = null) : ICommand<WeightsResponse>;

public sealed class UpdateWeightsValidator : AbstractValidator<UpdateWeightsCommand>
{
    public UpdateWeightsValidator()
    {
        RuleFor(x => x.Competence).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.Phase).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.KindFit).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.Tools).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.Sector).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.Region).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.TrackRecord).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.Load).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.OutsidePerspective).NotNull().InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.RecentLoad).InclusiveBetween(0, MatchingWeights.MaxWeight);
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
        RuleFor(x => x).Must(x => (x.Competence ?? 0) + (x.Phase ?? 0) + (x.KindFit ?? 0) + (x.Tools ?? 0) + (x.Sector ?? 0) + (x.Region ?? 0)
                + (x.TrackRecord ?? 0) + (x.Load ?? 0) + (x.OutsidePerspective ?? 0) + (x.RecentLoad ?? 0) > 0)
            .WithName("weights").OverridePropertyName("weights").WithMessage("At least one weight must be above zero.");
    }
}

internal sealed class WeightsHandlers(ILcPeersDb db, MatchingSettingsStore store, ICurrentUser user, TimeProvider time, ActorNames actorNames)
    : IQueryHandler<GetWeightsQuery, WeightsResponse>, ICommandHandler<UpdateWeightsCommand, WeightsResponse>
{
    public async ValueTask<WeightsResponse> Handle(GetWeightsQuery query, CancellationToken ct) => await ToResponseAsync(await store.GetAsync(ct), ct);

    public async ValueTask<WeightsResponse> Handle(UpdateWeightsCommand command, CancellationToken ct)
    {
        var settings = await store.GetAsync(ct, tracking: true);
        if (settings.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                $"The weights are at version {settings.Version}; the change was based on version {command.Version}. Reload and apply your change again.");
        }

        var before = settings.Weights;
        var after = new MatchingWeights(command.Competence!.Value, command.Phase!.Value, command.KindFit!.Value, command.Tools!.Value,
            command.Sector!.Value, command.Region!.Value, command.TrackRecord!.Value, command.Load!.Value, command.OutsidePerspective!.Value,
            command.RecentLoad ?? before.RecentLoad);
        var now = time.GetUtcNow();
        settings.ChangeWeights(after, user.Actor(), now);
        db.AuditEntries.Add(AuditEntry.Record(AuditEntityKinds.MatchingWeights, Guid.Empty, AuditActions.WeightsChanged, $"v{settings.Version - 1}", $"v{settings.Version}",
            user.Actor(), now, details: JsonSerializer.Serialize(new { before, after })));
        await db.SaveChangesAsync(ct);
        return await ToResponseAsync(settings, ct);
    }

    private async Task<WeightsResponse> ToResponseAsync(MatchingSettings s, CancellationToken ct) =>
        new(s.Weights, MatchingWeights.Default, s.Version, await actorNames.NameAsync(s.UpdatedBy, ct), s.UpdatedAt);
}

using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Experts.UpdateExpert;

/// <summary>Replaces an expert's profile (owner or staff). Availability fields are optional here; omitted ones stay.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record UpdateExpertCommand(
    string? DisplayName,
    string? Email,
    IReadOnlyList<string>? Organisations,
    IReadOnlyList<string>? RolesOffered,
    IReadOnlyList<CompetenceDto>? Competences,
    IReadOnlyList<string>? ProcessCompetences,
    IReadOnlyList<string>? Tools,
    IReadOnlyList<PhaseExperienceDto>? PhasesGuided,
    IReadOnlyList<string>? Sectors,
    IReadOnlyList<string>? Regions,
    bool? Online,
    IReadOnlyList<string>? Languages,
    int? HoursPerMonth,
    int? MaxConcurrentEngagements,
    IReadOnlyList<AvailabilityPeriodDto>? Availability,
    string? Bio,
    bool? Consent,
    int? Version) : ICommand<ExpertResponse>, IExpertInput, IAvailabilityInput
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateExpertHandler(ILcPeersDb db, ToolResolver tools, ICurrentUser user, TimeProvider time)
    : ICommandHandler<UpdateExpertCommand, ExpertResponse>
{
    public async ValueTask<ExpertResponse> Handle(UpdateExpertCommand command, CancellationToken ct)
    {
        var expert = await db.LoadForChangeAsync(command.Id, ct);
        expert.EnsureVersion(command.Version);
        var toolIds = await tools.ResolveAsync(command.Tools, "tools", ct);
        expert.UpdateProfile(command.ToProfile(toolIds), command.ToAvailability(expert), user.Actor(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true);
    }
}

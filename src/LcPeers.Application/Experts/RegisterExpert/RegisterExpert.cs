using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using Mediator;

namespace LcPeers.Application.Experts.RegisterExpert;

/// <summary>
/// An expert registers their own profile (one per account), or staff register someone on their behalf; then the
/// profile's email is the account it belongs to.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record RegisterExpertCommand(
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
    bool? Consent) : ICommand<ExpertId>, IExpertInput, IAvailabilityInput;

internal sealed class RegisterExpertHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time)
    : ICommandHandler<RegisterExpertCommand, ExpertId>
{
    public async ValueTask<ExpertId> Handle(RegisterExpertCommand command, CancellationToken ct)
    {
        var account = user.IsStaff() ? command.Email! : user.RequireEmail();
        var toolIds = await tools.ResolveAsync(command.Tools, "tools", ct);
        var expert = Expert.Register(account, command.ToProfile(toolIds), command.ToAvailability(), user.Actor(), time.GetUtcNow());
        db.Experts.Add(expert);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DuplicateException ex)
        {
            throw new DuplicateException(RuleCodes.Expert.AlreadyRegistered, $"An expert profile for {account} already exists; edit it instead.", ex);
        }

        return expert.Id;
    }
}

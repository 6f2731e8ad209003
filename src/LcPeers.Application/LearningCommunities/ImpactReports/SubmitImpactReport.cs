using System.Text.RegularExpressions;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.ImpactReports;

/// <summary>
/// An LC's coordinator (or staff) reports what the LC achieved in a period: a year ("2027") or a half year ("2027-H1").
/// A second report for the same period is a 409; change the first one instead.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed partial record SubmitImpactReportCommand(
    Guid LearningCommunityId, string? Period, int? StudentsTrained, int? WorkersUpskilled, int? Innovations, int? PartnersJoined, int? PartnersLeft,
    string? Narrative) : ICommand<Guid>, ILearningCommunityScoped, IImpactReportInput
{
    public const int FirstYear = 2000;
    public const int LastYear = 2099;

    public static bool IsPeriod(string? period) => period is not null && PeriodPattern().IsMatch(period)
        && int.Parse(period.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear;

    [GeneratedRegex(@"^\d{4}(-H[12])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}

public sealed class SubmitImpactReportValidator : AbstractValidator<SubmitImpactReportCommand>
{
    public SubmitImpactReportValidator()
    {
        RuleFor(x => x.Period).NotEmpty().Must(SubmitImpactReportCommand.IsPeriod)
            .WithMessage($"'period' must be a year from {SubmitImpactReportCommand.FirstYear} to {SubmitImpactReportCommand.LastYear} (\"2027\") or a half year (\"2027-H1\").");
        this.AddImpactFigureRules();
    }
}

internal sealed class SubmitImpactReportHandler(ILcPeersDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<SubmitImpactReportCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubmitImpactReportCommand command, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(command.LearningCommunityId);
        if (!await db.LearningCommunities.AnyAsync(l => l.Id == lcId, ct))
        {
            throw new NotFoundException("Learning community", command.LearningCommunityId);
        }

        if (await db.ImpactReports.AnyAsync(r => r.LearningCommunityId == lcId && r.Period == command.Period, ct))
        {
            throw PeriodTaken(command.Period!);
        }

        var report = ImpactReport.Submit(lcId, command.Period!, command.ToFigures(), user.Actor(), time.GetUtcNow());
        db.ImpactReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DuplicateException ex)
        {
            throw PeriodTaken(command.Period!, ex); // another report for the period won the race
        }

        return report.Id;
    }

    private static DuplicateException PeriodTaken(string period, Exception? inner = null) =>
        new(RuleCodes.ImpactReport.PeriodTaken, $"This learning community already has an impact report for {period}; change that one instead.", inner);
}

using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.ImpactReports;

/// <summary>Changes an impact report's figures. <see cref="Version"/> is the version the editor started from.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record UpdateImpactReportCommand(
    Guid LearningCommunityId, Guid ReportId, int? StudentsTrained, int? WorkersUpskilled, int? Innovations, int? PartnersJoined, int? PartnersLeft,
    string? Narrative, int? Version) : ICommand<ImpactReportResponse>, ILearningCommunityScoped, IImpactReportInput;

public sealed class UpdateImpactReportValidator : AbstractValidator<UpdateImpactReportCommand>
{
    public UpdateImpactReportValidator()
    {
        this.AddImpactFigureRules();
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
    }
}

internal sealed class UpdateImpactReportHandler(ILcPeersDb db, TimeProvider time) : ICommandHandler<UpdateImpactReportCommand, ImpactReportResponse>
{
    public async ValueTask<ImpactReportResponse> Handle(UpdateImpactReportCommand command, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(command.LearningCommunityId);
        var report = await db.ImpactReports.FirstOrDefaultAsync(r => r.Id == command.ReportId && r.LearningCommunityId == lcId, ct)
            ?? throw new NotFoundException("Impact report", command.ReportId);
        if (report.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                $"Impact report '{command.ReportId}' is at version {report.Version}; the update was based on version {command.Version}. Reload and apply your change again.");
        }

        report.Update(command.ToFigures(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ImpactReportResponse.From(report);
    }
}

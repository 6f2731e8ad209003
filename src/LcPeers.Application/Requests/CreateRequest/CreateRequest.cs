using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests.CreateRequest;

/// <summary>A coordinator drafts a request for one of their LCs; only the LC and a description are needed. The phase defaults to the LC's current phase.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record CreateRequestCommand(
    Guid? LearningCommunityId,
    string? Phase,
    IReadOnlyList<string>? Bottlenecks,
    string? Kind,
    string? Tool,
    string? Description,
    DateOnly? Start,
    DateOnly? End,
    int? Hours,
    string? Format,
    string? Region,
    string? Location,
    IReadOnlyList<string>? Languages,
    int? ExpertsWanted,
    IReadOnlyList<string>? ExcludedOrganisations) : ICommand<SupportRequestId>, IRequestInput;

public sealed class CreateRequestValidator : AbstractValidator<CreateRequestCommand>
{
    public CreateRequestValidator()
    {
        RuleFor(x => x.LearningCommunityId).NotEmpty();
        this.AddRequestRules();
    }
}

internal sealed class CreateRequestHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time)
    : ICommandHandler<CreateRequestCommand, SupportRequestId>
{
    public async ValueTask<SupportRequestId> Handle(CreateRequestCommand command, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(command.LearningCommunityId!.Value);
        var lc = await db.LearningCommunities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == lcId, ct)
            ?? throw new NotFoundException("Learning community", lcId.Value);

        var phase = command.Phase is not null ? Codes<Phase>.Parse(command.Phase) : lc.Phase; // open in the draft when the LC has none on record
        var tool = await tools.ResolveOneAsync(command.Tool, "tool", ct);

        var request = SupportRequest.Draft(lcId, command.ToDetails(phase, tool), user.Actor(), time.GetUtcNow());
        db.SupportRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }
}

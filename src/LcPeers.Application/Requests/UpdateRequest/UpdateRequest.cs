using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Mediator;

namespace LcPeers.Application.Requests.UpdateRequest;

/// <summary>Edits a request while it is a draft or waiting to be matched; a draft may leave terms open, a submitted request not. The LC cannot change.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record UpdateRequestCommand(
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
    IReadOnlyList<string>? ExcludedOrganisations,
    int? Version) : ICommand<RequestResponse>, IRequestInput, IRequestScoped
{
    [JsonIgnore]
    public Guid Id { get; init; }

    Guid IRequestScoped.RequestId => Id;
}

public sealed class UpdateRequestValidator : AbstractValidator<UpdateRequestCommand>
{
    public UpdateRequestValidator()
    {
        this.AddRequestRules();
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
    }
}

internal sealed class UpdateRequestHandler(ILcPeersDb db, RequestLoader loader, ToolResolver tools, TimeProvider time)
    : ICommandHandler<UpdateRequestCommand, RequestResponse>
{
    public async ValueTask<RequestResponse> Handle(UpdateRequestCommand command, CancellationToken ct)
    {
        var request = await loader.LoadForActionAsync(command.Id, ct);
        if (request.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                $"Request '{command.Id}' is at version {request.Version}; the change was based on version {command.Version}. Reload and apply your change again.");
        }

        var phase = command.Phase is not null ? Codes<Phase>.Parse(command.Phase) : request.Phase;
        var tool = await tools.ResolveOneAsync(command.Tool, "tool", ct);
        var details = command.ToDetails(phase, tool);
        if (request.CanEdit && !request.CanSubmit)
        {
            RequestCompleteness.Ensure(SupportRequest.MissingTermsOf(details)); // submitted: the terms stay given
        }

        request.Edit(details, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }
}

using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Stories.UpdateStory;

/// <summary>The author changes a draft or returned story. <see cref="Version"/> is the version the author started from.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record UpdateStoryCommand(
    string? Title, string? WhatWasStuck, string? WhoHelped, string? WhatChanged, string? Phase,
    IReadOnlyList<string>? Bottlenecks, IReadOnlyList<string>? Tools, bool? NameExpert, int? Version) : ICommand<StoryResponse>, IStoryInput, IStoryScoped
{
    [JsonIgnore]
    public Guid StoryId { get; init; }
}

public sealed class UpdateStoryValidator : AbstractValidator<UpdateStoryCommand>
{
    public UpdateStoryValidator()
    {
        this.AddStoryRules();
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
    }
}

internal sealed class UpdateStoryHandler(ILcPeersDb db, StoryAccess access, ToolResolver tools, TimeProvider time) : ICommandHandler<UpdateStoryCommand, StoryResponse>
{
    public async ValueTask<StoryResponse> Handle(UpdateStoryCommand command, CancellationToken ct)
    {
        var story = await access.LoadAsync(command.StoryId, ct);
        if (story.Version != command.Version)
        {
            throw new ConcurrencyConflictException(
                $"Story '{command.StoryId}' is at version {story.Version}; the update was based on version {command.Version}. Reload and apply your change again.");
        }

        story.Update(await command.ToContentAsync(tools, ct), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(story, ct);
    }
}

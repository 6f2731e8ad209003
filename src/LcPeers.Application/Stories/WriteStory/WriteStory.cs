using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Stories;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Stories.WriteStory;

/// <summary>
/// After an engagement ended, one of the LC's coordinators (or staff) writes its success story as a draft: what was
/// stuck, who helped, what changed. <see cref="NameExpert"/> asks to name the expert, which takes the expert's consent.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record WriteStoryCommand(
    Guid? EngagementId, string? Title, string? WhatWasStuck, string? WhoHelped, string? WhatChanged, string? Phase,
    IReadOnlyList<string>? Bottlenecks, IReadOnlyList<string>? Tools, bool? NameExpert) : ICommand<Guid>, IStoryInput;

public sealed class WriteStoryValidator : AbstractValidator<WriteStoryCommand>
{
    public WriteStoryValidator()
    {
        RuleFor(x => x.EngagementId).NotEmpty();
        this.AddStoryRules();
    }
}

/// <summary>Only the coordinators of the engagement's LC and staff write its story; a missing engagement is the handler's 404.</summary>
internal sealed class WriteStoryAuthorizer(ILcPeersDb db, LcAccess access) : IResourceAuthorizer<WriteStoryCommand>
{
    public async ValueTask<AccessDecision> AuthorizeAsync(WriteStoryCommand message, CancellationToken ct)
    {
        if (message.EngagementId is not { } id)
        {
            return AccessDecision.Allow;
        }

        var engagementId = new EngagementId(id);
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == engagementId, ct);
        return engagement is null
            ? AccessDecision.Allow
            : AccessDecision.AllowIf(await access.CanActForAsync(engagement.LearningCommunityId, ct), "You write stories only for the learning communities you coordinate.");
    }
}

internal sealed class WriteStoryHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time) : ICommandHandler<WriteStoryCommand, Guid>
{
    public async ValueTask<Guid> Handle(WriteStoryCommand command, CancellationToken ct)
    {
        var engagementId = new EngagementId(command.EngagementId!.Value);
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == engagementId, ct)
            ?? throw new NotFoundException("Engagement", engagementId.Value);
        var story = Story.Write(engagement, await command.ToContentAsync(tools, ct), user.Actor(), time.GetUtcNow());
        db.Stories.Add(story);
        db.AuditEntries.Add(Domain.Auditing.AuditEntry.Record(Domain.Auditing.AuditEntityKinds.Story, story.Id.Value, Domain.Auditing.AuditActions.Added,
            null, Domain.Common.Codes<StoryStatus>.Of(story.Status), user.Actor(), story.CreatedAt));
        await db.SaveChangesAsync(ct);
        return story.Id.Value;
    }
}

using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.LearningCommunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.Coordinators;

/// <summary>Staff link a coordinator to an LC by the email they sign in with. Linking twice changes nothing.</summary>
[RequiresRole(Roles.Staff)]
public sealed record LinkCoordinatorCommand(Guid LearningCommunityId, string Email) : ICommand<bool>;

/// <summary>Staff remove a coordinator from an LC. Removing someone not linked changes nothing.</summary>
[RequiresRole(Roles.Staff)]
public sealed record UnlinkCoordinatorCommand(Guid LearningCommunityId, string Email) : ICommand<bool>;

/// <summary>The coordinators of one LC (staff).</summary>
[RequiresRole(Roles.Staff)]
public sealed record ListCoordinatorsQuery(Guid LearningCommunityId) : IQuery<IReadOnlyList<CoordinatorResponse>>;

public sealed record CoordinatorResponse(string Email, DateTimeOffset LinkedAt, string LinkedBy);

public sealed class LinkCoordinatorValidator : AbstractValidator<LinkCoordinatorCommand>
{
    public LinkCoordinatorValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(TextRules.EmailMaxLength).ValidEmailAddress();
}

public sealed class UnlinkCoordinatorValidator : AbstractValidator<UnlinkCoordinatorCommand>
{
    public UnlinkCoordinatorValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(TextRules.EmailMaxLength).SingleLine();
}

internal sealed class CoordinatorHandlers(ILcPeersDb db, ICurrentUser user, TimeProvider time, ActorNames actorNames)
    : ICommandHandler<LinkCoordinatorCommand, bool>, ICommandHandler<UnlinkCoordinatorCommand, bool>,
      IQueryHandler<ListCoordinatorsQuery, IReadOnlyList<CoordinatorResponse>>
{
    /// <returns>True when a new link was made.</returns>
    public async ValueTask<bool> Handle(LinkCoordinatorCommand command, CancellationToken ct)
    {
        var lc = await EnsureLcExistsAsync(command.LearningCommunityId, ct);
        var email = command.Email.Trim().ToLowerInvariant();
        if (await db.CoordinatorLinks.AnyAsync(l => l.LearningCommunityId == lc && l.Email == email, ct))
        {
            return false;
        }

        db.CoordinatorLinks.Add(CoordinatorLink.Create(lc, email, user.Actor(), time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DuplicateException)
        {
            return false; // linked concurrently by someone else: the outcome is the same
        }

        return true;
    }

    /// <returns>True when a link was removed.</returns>
    public async ValueTask<bool> Handle(UnlinkCoordinatorCommand command, CancellationToken ct)
    {
        var lc = await EnsureLcExistsAsync(command.LearningCommunityId, ct);
        var email = command.Email.Trim().ToLowerInvariant();
        var link = await db.CoordinatorLinks.FirstOrDefaultAsync(l => l.LearningCommunityId == lc && l.Email == email, ct);
        if (link is null)
        {
            return false;
        }

        db.CoordinatorLinks.Remove(link);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async ValueTask<IReadOnlyList<CoordinatorResponse>> Handle(ListCoordinatorsQuery query, CancellationToken ct)
    {
        var lc = await EnsureLcExistsAsync(query.LearningCommunityId, ct);
        var links = await db.CoordinatorLinks.AsNoTracking().Where(l => l.LearningCommunityId == lc).OrderBy(l => l.Email).ToListAsync(ct);
        var actors = await actorNames.ResolveAsync(links.Select(l => l.LinkedBy), ct);
        return [.. links.Select(l => new CoordinatorResponse(l.Email, l.LinkedAt, actors[l.LinkedBy]))];
    }

    private async Task<LearningCommunityId> EnsureLcExistsAsync(Guid id, CancellationToken ct)
    {
        var lc = new LearningCommunityId(id);
        return await db.LearningCommunities.AnyAsync(x => x.Id == lc, ct) ? lc : throw new NotFoundException("Learning community", id);
    }
}

using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Outbox.ListOutbox;

/// <summary>Outbox emails by status, newest first (staff); <c>status=dead</c> lists those given up on.</summary>
[RequiresRole(Roles.Staff)]
public sealed record ListOutboxQuery(string? Status, int? Page, int? PageSize) : IQuery<PagedResponse<OutboxEmailResponse>>, IPagedQuery;

public sealed class ListOutboxValidator : AbstractValidator<ListOutboxQuery>
{
    public ListOutboxValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).Must(s => s is null || Codes<OutboxStatus>.IsValid(s))
            .WithMessage($"'status' must be one of: {string.Join(", ", Codes<OutboxStatus>.All)}.");
    }
}

internal sealed class ListOutboxHandler(ILcPeersDb db) : IQueryHandler<ListOutboxQuery, PagedResponse<OutboxEmailResponse>>
{
    public async ValueTask<PagedResponse<OutboxEmailResponse>> Handle(ListOutboxQuery query, CancellationToken ct)
    {
        var emails = db.OutboxEmails.AsNoTracking();
        if (query.Status is not null)
        {
            var status = Codes<OutboxStatus>.Parse(query.Status);
            emails = emails.Where(e => e.Status == status);
        }

        var total = await emails.CountAsync(ct);
        var page = await emails.OrderByDescending(e => e.Id).Skip(query.SkipOf()).Take(query.SizeOf()).ToListAsync(ct);
        return new PagedResponse<OutboxEmailResponse>([.. page.Select(OutboxEmailResponse.From)], total, query.PageOf(), query.SizeOf());
    }
}

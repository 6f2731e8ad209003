using FluentValidation;
using FluentValidation.Results;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Common;

/// <summary>Turns tools named by catalogue name or id into ids; an unknown one is a 400 naming its field.</summary>
internal sealed class ToolResolver(ILcPeersDb db)
{
    public async Task<IReadOnlyList<ToolId>> ResolveAsync(IReadOnlyList<string>? references, string field, CancellationToken ct)
    {
        if (references is null || references.Count == 0)
        {
            return [];
        }

        var catalogue = await db.Tools.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var result = new List<ToolId>(references.Count);
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i]?.Trim() ?? "";
            var match = Guid.TryParse(reference, out var id)
                ? catalogue.FirstOrDefault(t => t.Id.Value == id)
                : catalogue.FirstOrDefault(t => string.Equals(t.Name, reference, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                failures.Add(new ValidationFailure($"{field}[{i}]", $"'{reference}' is not a tool in the catalogue (name or id)."));
            }
            else
            {
                result.Add(match.Id);
            }
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : result;
    }

    public async Task<ToolId?> ResolveOneAsync(string? reference, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        try
        {
            return (await ResolveAsync([reference], field, ct))[0];
        }
        catch (ValidationException ex)
        {
            throw new ValidationException([.. ex.Errors.Select(e => new ValidationFailure(field, e.ErrorMessage))]);
        }
    }

    public async Task<IReadOnlyDictionary<ToolId, string>> NamesAsync(CancellationToken ct) =>
        await db.Tools.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
}

namespace LcPeers.Api.Tests.Infrastructure;

/// <summary>Valid request bodies in the API's documented shape, with small variations per test.</summary>
internal static class Bodies
{
    public static Dictionary<string, object?> Expert(string displayName = "Anna de Vries", string email = "anna@example.nl") => new()
    {
        ["displayName"] = displayName,
        ["email"] = email,
        ["organisations"] = new[] { "Adviesbureau Vries" },
        ["rolesOffered"] = new[] { "webber", "peer-reviewer" },
        ["competences"] = new[] { new { bottleneck = "continuity", level = 3 } },
        ["processCompetences"] = new[] { "business-models" },
        ["tools"] = new[] { "Actiescan Learning Communities" },
        ["phasesGuided"] = new[] { new { phase = "continuation", count = 3 } },
        ["sectors"] = new[] { "offshore-wind" },
        ["regions"] = new[] { "Zeeland", "Zuid-Holland" },
        ["online"] = true,
        ["languages"] = new[] { "nl", "en" },
        ["hoursPerMonth"] = 16,
        ["maxConcurrentEngagements"] = 2,
        ["availability"] = new[] { new { from = "2027-07-01", to = "2027-08-31", available = false } },
        ["bio"] = "Twenty years of partnerships between schools and industry.",
        ["consent"] = true,
    };

    public static Dictionary<string, object?> Request(Guid lcId) => new()
    {
        ["learningCommunityId"] = lcId,
        ["phase"] = "continuation",
        ["bottlenecks"] = new[] { "continuity", "financing" },
        ["kind"] = "temporary-support",
        ["tool"] = null,
        ["description"] = "We need a self-sustaining business model before the subsidy ends.",
        ["start"] = "2027-02-01",
        ["end"] = "2027-05-31",
        ["hours"] = 24,
        ["format"] = "on-site",
        ["region"] = "Zeeland",
        ["languages"] = new[] { "nl" },
        ["expertsWanted"] = 1,
        ["excludedOrganisations"] = Array.Empty<string>(),
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [key] = value };
        return copy;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string key)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove(key);
        return copy;
    }
}

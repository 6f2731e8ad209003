using System.Text.Json;

namespace LcPeers.Infrastructure.Tests;

/// <summary>infra/entra/app-roles.json is what 'az ad app update --app-roles' sets on the app registration.</summary>
public sealed class AppRolesTests
{
    private static JsonElement[] Roles()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "entra", "app-roles.json")));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return [.. document.RootElement.EnumerateArray().Select(r => r.Clone())];
    }

    [Fact]
    public void AppRoles_AreExactlyTheFourRolesTheAppKnows()
    {
        var values = Roles().Select(r => r.GetProperty("value").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(["Admin", "Coordinator", "Expert", "Staff"], values);
    }

    [Fact]
    public void AppRoles_HaveUniqueGuidIds()
    {
        var ids = Roles().Select(r => Guid.Parse(r.GetProperty("id").GetString()!)).ToList();

        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void AppRoles_AreForUsers_EnabledAndDescribed()
    {
        Assert.All(Roles(), role =>
        {
            Assert.Equal(["User"], role.GetProperty("allowedMemberTypes").EnumerateArray().Select(t => t.GetString()));
            Assert.True(role.GetProperty("isEnabled").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(role.GetProperty("description").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(role.GetProperty("displayName").GetString()));
        });
    }
}

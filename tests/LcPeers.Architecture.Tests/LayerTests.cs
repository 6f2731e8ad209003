using System.Reflection;
using FluentValidation;
using Mediator;

namespace LcPeers.Architecture.Tests;

/// <summary>Dependencies point inward: Domain ← Application ← Infrastructure ← Api.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(LcPeers.Domain.LearningCommunities.LearningCommunity).Assembly;
    private static readonly Assembly Application = typeof(LcPeers.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(LcPeers.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Matching = typeof(LcPeers.Matching.MatchingPolicy).Assembly;

    private static IEnumerable<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Order();

    [Fact]
    public void Domain_ReferencesOnlyTheRuntime()
    {
        var allowed = new[] { "System.", "Microsoft.Win32" };
        var offending = References(Domain).Where(r => r != "System" && r != "netstandard" && !allowed.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.True(offending.Count == 0, "Domain references " + string.Join(", ", offending));
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData("Microsoft.EntityFrameworkCore.SqlServer")]
    [InlineData("Microsoft.EntityFrameworkCore.Relational")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Microsoft.Data.SqlClient")]
    [InlineData("MailKit")]
    [InlineData("MimeKit")]
    [InlineData("Google.OrTools")]
    [InlineData("Google.Protobuf")]
    [InlineData("Ical.Net")]
    [InlineData("NodaTime")]
    [InlineData("SmtpServer")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("LcPeers.Infrastructure")]
    [InlineData("LcPeers.Api")]
    public void Application_DoesNotReference(string forbidden)
    {
        Assert.DoesNotContain(References(Application), r => r == forbidden || r.StartsWith(forbidden + ".", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Microsoft.Data.SqlClient")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.Extensions.DependencyInjection")]
    [InlineData("Mediator")]
    [InlineData("MailKit")]
    [InlineData("MimeKit")]
    [InlineData("Google.OrTools")]
    [InlineData("LcPeers.Application")]
    [InlineData("LcPeers.Infrastructure")]
    [InlineData("LcPeers.Api")]
    public void Matching_DoesNotReference(string forbidden)
    {
        Assert.DoesNotContain(References(Matching), r => r == forbidden || r.StartsWith(forbidden + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void Matching_ReferencesOnlyTheDomainAndValidation()
    {
        var offending = References(Matching)
            .Where(r => r != "System" && r != "netstandard" && !r.StartsWith("System.", StringComparison.Ordinal) && r != "LcPeers.Domain" && r != "FluentValidation")
            .ToList();
        Assert.True(offending.Count == 0, "Matching references " + string.Join(", ", offending));
    }

    [Theory]
    [InlineData("LcPeers.Api")]
    [InlineData("Microsoft.AspNetCore")]
    public void Infrastructure_DoesNotReference(string forbidden)
    {
        // Data Protection is the one exception: a host-independent library (despite its name) whose key ring lives in
        // the app's database, so every instance reads the others' antiforgery tokens, cookies and unsubscribe links.
        Assert.DoesNotContain(References(Infrastructure), r => (r == forbidden || r.StartsWith(forbidden + ".", StringComparison.Ordinal))
            && !r.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_HasNoPublicSettersOnEntities()
    {
        var offending = Domain.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.Namespace?.StartsWith("LcPeers.Domain", StringComparison.Ordinal) == true && !IsRecord(t) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.True(offending.Count == 0, "Public setters: " + string.Join(", ", offending));
    }

    [Fact]
    public void Handlers_AreNotPublic_ValidatorsAre()
    {
        var types = Application.GetTypes().Where(t => t.IsClass && !t.IsAbstract).ToList();
        var handlers = types.Where(t => t.GetInterfaces().Any(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))).ToList();
        var validators = types.Where(t => typeof(IValidator).IsAssignableFrom(t) && t.Name.EndsWith("Validator", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.False(h.IsPublic, $"{h.Name} should be internal"));
        Assert.NotEmpty(validators);
        Assert.All(validators, v => Assert.True(v.IsPublic, $"{v.Name} should be public"));
    }

    [Fact]
    public void Domain_DoesNotReadTheWallClock()
    {
        // The domain takes 'now' as an argument; a static clock inside it cannot be tested.
        var source = Path.Combine(RepositoryRoot(), "src", "LcPeers.Domain");
        var offending = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DateTime.UtcNow", StringComparison.Ordinal) || text.Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal) || text.Contains("DateTime.Now", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offending);
    }

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null;

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LcPeers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LcPeers.sln not found above the test binaries.");
    }
}

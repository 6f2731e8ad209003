using System.Reflection;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Engagements.SessionJobs;
using LcPeers.Application.Matching.Runs;
using Mediator;

namespace LcPeers.Application.Tests.Security;

/// <summary>Every message the use cases accept says who may send it, and every ownership check guards a role rule.</summary>
public sealed class MessageRulesTests
{
    private static readonly Assembly Application = typeof(DependencyInjection).Assembly;

    private static readonly Type[] MessageTypes = [.. Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Fact]
    public void EveryMessage_DeclaresExactlyOneRule()
    {
        var undeclared = MessageTypes.Where(t => MessageAccessRule.For(t) is null).Select(t => t.FullName).ToList();

        Assert.True(MessageTypes.Length >= 50, $"Expected the application's messages, found {MessageTypes.Length}.");
        Assert.True(undeclared.Count == 0, "Messages without [Public], [SystemOnly] or [RequiresRole]: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void EveryResourceAuthorizer_GuardsAMessageThatNeedsASignedInRole()
    {
        var guarded = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IResourceAuthorizer<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();

        Assert.NotEmpty(guarded);
        Assert.All(guarded, m => Assert.Equal(MessageAudience.Roles, MessageAccessRule.For(m)?.Audience));
    }

    [Fact]
    public void BackgroundWorkerMessages_AreSystemOnly_AndNothingElseIs()
    {
        var system = MessageTypes.Where(t => MessageAccessRule.For(t)?.Audience == MessageAudience.System).ToList();

        Assert.Equal(new[] { typeof(RunSessionJobsCommand), typeof(ExecuteMatchingRunCommand) }.OrderBy(t => t.Name), system.OrderBy(t => t.Name));
    }

    [Fact]
    public void PublicMessages_AreQueries()
    {
        var publicCommands = MessageTypes
            .Where(t => MessageAccessRule.For(t)?.Audience == MessageAudience.Public)
            .Where(t => t.GetInterfaces().Any(i => i == typeof(ICommand) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))))
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(publicCommands);
    }
}

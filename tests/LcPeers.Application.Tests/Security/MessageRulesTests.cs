using System.Reflection;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Engagements;
using LcPeers.Application.Engagements.SessionJobs;
using LcPeers.Application.Lifecycle.RunLifecycleJobs;
using LcPeers.Application.Matching.Runs;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Application.Requests;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The authorizers as the application registers them, generic ones closed over their messages.</summary>
    private static readonly ServiceDescriptor[] Authorizers = [.. new ServiceCollection().AddApplication()
        .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IResourceAuthorizer<>))];

    [Fact]
    public void EveryResourceAuthorizer_GuardsAMessageThatNeedsASignedInRole()
    {
        var guarded = Authorizers.Select(d => d.ServiceType.GetGenericArguments()[0]).ToList();

        Assert.NotEmpty(guarded);
        Assert.All(guarded, m => Assert.Equal(MessageAudience.Roles, MessageAccessRule.For(m)?.Audience));
        Assert.All(Authorizers, d => Assert.False(d.ImplementationType!.ContainsGenericParameters, $"{d.ImplementationType} is registered open"));
    }

    [Theory]
    [InlineData(typeof(IEngagementScoped), typeof(EngagementParticipantAuthorizer<>), 7)]
    [InlineData(typeof(IRequestScoped), typeof(RequestOwnerAuthorizer<>), 5)]
    public void EveryScopedMessage_HasItsOneGenericAuthorizer_ClosedOverIt(Type marker, Type authorizer, int expected)
    {
        var scoped = MessageTypes.Where(marker.IsAssignableFrom).ToList();

        Assert.Equal(expected, scoped.Count);
        Assert.All(scoped, m => Assert.Equal(authorizer.MakeGenericType(m), Assert.Single(Authorizers, d => d.ServiceType.GetGenericArguments()[0] == m).ImplementationType));
        Assert.All(Authorizers.Where(d => d.ImplementationType!.IsGenericType && d.ImplementationType.GetGenericTypeDefinition() == authorizer),
            d => Assert.Contains(d.ServiceType.GetGenericArguments()[0], scoped));
    }

    [Fact]
    public void EveryMessageTheEngagementHandlersLoadFor_IsEngagementScoped()
    {
        // The handlers take the participant's role from EngagementAccess without checking it again: each message whose
        // handler loads an engagement must be guarded by the participant authorizer.
        var engagementMessages = MessageTypes.Where(t => t.Namespace!.StartsWith("LcPeers.Application.Engagements.", StringComparison.Ordinal)
            && (t.GetProperty("EngagementId") is not null || t.Name is "GetEngagementQuery" or "CompleteEngagementCommand")).ToList();

        Assert.Equal(7, engagementMessages.Count);
        Assert.All(engagementMessages, m => Assert.True(typeof(IEngagementScoped).IsAssignableFrom(m), m.Name));
    }

    [Fact]
    public void BackgroundWorkerMessages_AreSystemOnly_AndNothingElseIs()
    {
        var system = MessageTypes.Where(t => MessageAccessRule.For(t)?.Audience == MessageAudience.System).ToList();

        Assert.Equal(new[] { typeof(RunSessionJobsCommand), typeof(ExecuteMatchingRunCommand), typeof(RunLifecycleJobsCommand), typeof(TakeMonitorSnapshotCommand) }.OrderBy(t => t.Name), system.OrderBy(t => t.Name));
    }

    /// <summary>Commands anyone may send because a signed token in a link, not a sign-in, authorises them.</summary>
    private static readonly Type[] SignedLinkCommands = [typeof(Application.Notifications.Preferences.UnsubscribeCommand)];

    [Fact]
    public void PublicMessages_AreQueries()
    {
        var publicCommands = MessageTypes
            .Where(t => MessageAccessRule.For(t)?.Audience == MessageAudience.Public && !SignedLinkCommands.Contains(t))
            .Where(t => t.GetInterfaces().Any(i => i == typeof(ICommand) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))))
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(publicCommands);
    }
}

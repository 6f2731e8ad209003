using System.Reflection;

namespace LcPeers.Application.Common.Security;

public enum MessageAudience
{
    Public,
    Roles,
    System,
}

/// <summary>Who may send a message, as its attribute declares; read once per message type.</summary>
public sealed record MessageAccessRule(MessageAudience Audience, IReadOnlyList<string> Roles)
{
    /// <summary>The declared rule of a message type, or null when it declares none (the authorization step then refuses it).</summary>
    public static MessageAccessRule? For(Type messageType)
    {
        var declared = new List<MessageAccessRule>();
        if (messageType.GetCustomAttribute<PublicAttribute>() is not null)
        {
            declared.Add(new MessageAccessRule(MessageAudience.Public, []));
        }

        if (messageType.GetCustomAttribute<SystemOnlyAttribute>() is not null)
        {
            declared.Add(new MessageAccessRule(MessageAudience.System, []));
        }

        if (messageType.GetCustomAttribute<RequiresRoleAttribute>() is { } roles)
        {
            declared.Add(new MessageAccessRule(MessageAudience.Roles, roles.Roles));
        }

        return declared.Count == 1 ? declared[0] : null; // two rules on one message is as unclear as none
    }
}

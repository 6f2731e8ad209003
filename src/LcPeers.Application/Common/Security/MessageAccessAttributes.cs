namespace LcPeers.Application.Common.Security;

/// <summary>
/// The message may be sent by a signed-in user holding one of these roles (<see cref="Roles.Staff"/> includes
/// administrators). Ownership of the resource is checked by the message's <see cref="IResourceAuthorizer{TMessage}"/>s.
/// See docs/decisions/0008-authorization-step.md.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles.Length > 0
        ? roles
        : throw new ArgumentException("Name at least one role; use [Public] for messages anyone may send.", nameof(roles));
}

/// <summary>Anyone may send the message, signed in or not (the public directory, tools, reference data).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicAttribute : Attribute;

/// <summary>
/// Only background workers send the message, in their own scope where nobody is signed in; a signed-in user gets 403.
/// No endpoint or page sends it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SystemOnlyAttribute : Attribute;

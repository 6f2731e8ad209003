namespace LcPeers.Application.Common.Security;

/// <summary>App roles, as Entra ID app roles and as local development tokens carry them.</summary>
public static class Roles
{
    public const string Coordinator = "Coordinator";
    public const string Expert = "Expert";
    public const string Staff = "Staff";
    public const string Admin = "Admin";
}

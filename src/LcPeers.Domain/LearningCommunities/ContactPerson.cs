namespace LcPeers.Domain.LearningCommunities;

/// <summary>A contact person an LC lists publicly in the directory.</summary>
public sealed class ContactPerson
{
    private ContactPerson() { } // for EF

    public ContactPerson(string name, string? role, string? email, string? phone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Role = Normalise(role);
        Email = Normalise(email);
        Phone = Normalise(phone);
    }

    public string Name { get; private set; } = "";
    public string? Role { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    private static string? Normalise(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

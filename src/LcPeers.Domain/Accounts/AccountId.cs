namespace LcPeers.Domain.Accounts;

/// <summary>Who did something: histories, audit rows and decisions store this id, never the person's address.</summary>
public readonly record struct AccountId(Guid Value)
{
    /// <summary>Background workers and seeding: the one account that is nobody.</summary>
    public static AccountId System { get; } = new(new Guid("00000000-0000-0000-0000-000000000001"));

    public static AccountId New(DateTimeOffset now) => new(Guid.CreateVersion7(now));

    public override string ToString() => Value.ToString();
}

using System.Security.Cryptography;
using System.Text;
using LcPeers.Domain.Accounts;

namespace LcPeers.Domain.Tests;

/// <summary>
/// Stable account ids for the people the tests name, so "the same person" is the same id. Addresses are matched
/// without regard to case, as the account lookup does (<see cref="Account.Normalise"/>).
/// </summary>
internal static class Actors
{
    public static AccountId Of(string name) => new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(Account.Normalise(name))).AsSpan(0, 16)));
}

using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.GoodPractices;

internal static class GoodPracticeVersions
{
    /// <summary>A change based on another version than the stored one is a 409: somebody else changed it meanwhile.</summary>
    public static void Check(GoodPractice practice, int? version)
    {
        if (practice.Version != version)
        {
            throw new ConcurrencyConflictException(
                $"Good practice '{practice.Id}' is at version {practice.Version}; the change was based on version {version}. Reload and apply your change again.");
        }
    }
}

using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.GetExpert;
using Mediator;

namespace LcPeers.Api.Web;

/// <summary>Shared by the expert's own pages.</summary>
public static class ExpertPages
{
    /// <summary>The signed-in expert's profile, or null before they have created one.</summary>
    public static async Task<ExpertResponse?> MyProfileOrNullAsync(this ISender sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sender);
        try
        {
            return await sender.Send(new GetMyExpertQuery(), ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}

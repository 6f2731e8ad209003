using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LcPeers.Web.Tests.Infrastructure;

/// <summary>The mail the browser tests' host wrote to its pickup folder, parsed (quoted-printable decoded).</summary>
internal static class PickupMail
{
    public static async Task<MimeMessage> WaitForAsync(WebFactory factory, Func<MimeMessage, bool> which)
    {
        var directory = factory.Services.GetRequiredService<IConfiguration>()["Email:PickupDirectory"]!;
        for (var i = 0; i < 60; i++)
        {
            foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file, Html.Ct);
                if (which(message))
                {
                    return message;
                }
            }

            await Task.Delay(500, Html.Ct);
        }

        throw new TimeoutException($"No such mail in {directory}.");
    }
}

namespace LcPeers.Web.Tests.Infrastructure;

internal static class RepositoryPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LcPeers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LcPeers.sln not found above the test binaries.");
    }

    /// <summary>Where browser tests leave their screenshots (git-ignored with the rest of artifacts/).</summary>
    public static string Screenshots()
    {
        var path = Path.Combine(Root(), "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}

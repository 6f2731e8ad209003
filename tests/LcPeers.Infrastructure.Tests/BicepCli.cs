using System.Reflection;

namespace LcPeers.Infrastructure.Tests;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64: the project file passes the package's
/// folder (GeneratePathProperty) into this assembly's metadata as BicepPackageRoot; the binary is tools/bicep.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    /// <summary>The package ships a Linux x64 binary only; elsewhere the Bicep tests are skipped.</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;

    public static string Path => Executable.Value;

    private static string Locate()
    {
        var root = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackageRoot")?.Value;
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new InvalidOperationException("BicepPackageRoot is not set: the test project must reference Azure.Bicep.CommandLine.linux-x64 with GeneratePathProperty=\"true\".");
        }

        var path = System.IO.Path.Combine(root, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at {path}; run 'dotnet restore'.", path);
        }

        // NuGet does not always keep the execute bit when it unpacks a package.
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }
}

using System.Collections.Frozen;

namespace LcPeers.Domain.Reference;

/// <summary>Sector themes, following the Top consortia for Knowledge and Innovation (TKIs) of Topsector Energie.</summary>
public static class Sectors
{
    public const string BiobasedEconomy = "biobased-economy";
    public const string EnergyAndIndustry = "energy-and-industry";
    public const string NewGas = "new-gas";
    public const string UrbanEnergy = "urban-energy";
    public const string OffshoreWind = "offshore-wind";
    public const string BuildingAndTechnology = "building-and-technology";
    public const string SystemIntegration = "system-integration";
    public const string Digitalisation = "digitalisation";

    public static readonly FrozenSet<string> All = new[]
    {
        BiobasedEconomy, EnergyAndIndustry, NewGas, UrbanEnergy, OffshoreWind, BuildingAndTechnology, SystemIntegration, Digitalisation,
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}

using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Tests;

public sealed class ProvincesTests
{
    [Fact]
    public void AreNeighbours_IsSymmetric()
    {
        foreach (var a in Provinces.All)
        {
            foreach (var b in Provinces.All)
            {
                Assert.Equal(Provinces.AreNeighbours(a, b), Provinces.AreNeighbours(b, a));
            }
        }
    }

    [Theory]
    [InlineData("Zuidwest-Brabant, Zeeland", new[] { "Noord-Brabant", "Zeeland" })]
    [InlineData("Noord Nederland", new[] { "Groningen", "Friesland", "Drenthe" })]
    [InlineData("Zuid-Limburg", new[] { "Limburg" })]
    [InlineData("Delft", new[] { "Zuid-Holland" })]
    [InlineData("Nederland", new string[0])]
    [InlineData("Europa", new string[0])]
    [InlineData("", new string[0])]
    public void FromRegionText_MapsTheReportsRegions(string region, string[] expected)
    {
        Assert.Equal(expected, Provinces.FromRegionText(region));
    }

    [Theory]
    [InlineData("fryslân", "Friesland")]
    [InlineData(" noord-brabant ", "Noord-Brabant")]
    public void Normalise_AcceptsVariants(string input, string expected) => Assert.Equal(expected, Provinces.Normalise(input));
}

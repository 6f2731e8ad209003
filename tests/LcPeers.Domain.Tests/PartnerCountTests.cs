using LcPeers.Domain.LearningCommunities;

namespace LcPeers.Domain.Tests;

public sealed class PartnerCountTests
{
    [Fact]
    public void ParseOrNull_GreaterThanNotation_IsALowerBound()
    {
        var count = PartnerCount.ParseOrNull(">150");
        Assert.Equal(new PartnerCount(150, isMinimum: true), count);
        Assert.Equal(">150", count.ToString());
    }

    [Fact]
    public void ParseOrNull_PlainNumber_IsExact()
    {
        var count = PartnerCount.ParseOrNull("28");
        Assert.Equal(28, count!.Value.Value);
        Assert.False(count.Value.IsMinimum);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void ParseOrNull_Empty_IsUnknown(string? text) => Assert.Null(PartnerCount.ParseOrNull(text));

    [Theory]
    [InlineData("about 20")]
    [InlineData("-3")]
    public void ParseOrNull_Garbage_Throws(string text) => Assert.Throws<FormatException>(() => PartnerCount.ParseOrNull(text));
}

using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Tests;

public sealed class CodesTests
{
    [Fact]
    public void Of_PhaseValues_AreTheStableCodes()
    {
        Assert.Equal(["startup", "execution", "deepening", "continuation"], Enum.GetValues<Phase>().Select(Codes<Phase>.Of));
    }

    [Fact]
    public void Of_BottleneckValues_AreTheStableCodes()
    {
        Assert.Equal(["certification", "diversity", "balance", "continuity", "financing", "infrastructure"],
            Enum.GetValues<Bottleneck>().Select(Codes<Bottleneck>.Of));
    }

    [Theory]
    [InlineData("mooi-consortium", LearningCommunityType.MooiConsortium)]
    [InlineData("fieldlab-skillslab", LearningCommunityType.FieldlabSkillslab)]
    [InlineData(" CoE ", LearningCommunityType.Coe)]
    public void TryParse_KnownCode_IgnoresCaseAndSpace(string code, LearningCommunityType expected)
    {
        Assert.True(Codes<LearningCommunityType>.TryParse(code, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Startup phase")]
    [InlineData("1")]
    [InlineData(null)]
    public void TryParse_UnknownCode_IsRejected(string? code)
    {
        Assert.False(Codes<Phase>.TryParse(code, out _));
    }

    [Fact]
    public void Parse_UnknownCode_ThrowsRuleWithStableCode()
    {
        var error = Assert.Throws<BusinessRuleException>(() => Codes<Phase>.Parse("later"));
        Assert.Equal("phase.unknown", error.Code);
    }
}

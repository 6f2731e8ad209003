using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.CreateLearningCommunity;
using LcPeers.Application.LearningCommunities.ListLearningCommunities;
using LcPeers.Application.LearningCommunities.UpdateLearningCommunity;

namespace LcPeers.Application.Tests;

public sealed class LearningCommunityValidatorTests
{
    private static CreateLearningCommunityCommand Valid() => new(
        "Noorderlicht LC", "Groningen", "other", "active", "startup", 12, null,
        ["Hanzehogeschool Groningen"], ["urban-energy"], [new ContactPersonDto("Els", null, "els@example.nl", null)], null);

    [Fact]
    public void Validate_ExampleBody_IsValid()
    {
        Assert.True(new CreateLearningCommunityValidator().Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("phase")]
    [InlineData("type")]
    [InlineData("status")]
    [InlineData("sectors[0]")]
    [InlineData("contacts[0].email")]
    [InlineData("partnerCount")]
    public void Validate_BadField_NamesThatField(string field)
    {
        var command = field switch
        {
            "name" => Valid() with { Name = "   " },
            "phase" => Valid() with { Phase = "someday" },
            "type" => Valid() with { Type = "club" },
            "status" => Valid() with { Status = "sleeping" },
            "sectors[0]" => Valid() with { Sectors = ["space-travel"] },
            "contacts[0].email" => Valid() with { Contacts = [new ContactPersonDto("Els", null, "not-an-email", null)] },
            "partnerCount" => Valid() with { PartnerCount = -1 },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var result = new CreateLearningCommunityValidator().Validate(command);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public void Validate_NameOverLimit_IsRefused()
    {
        var result = new CreateLearningCommunityValidator().Validate(Valid() with { Name = new string('x', 201) });
        Assert.Contains(result.Errors, e => e.PropertyName == "name");
    }

    [Fact]
    public void Validate_UpdateWithoutVersion_NamesVersion()
    {
        var update = new UpdateLearningCommunityCommand("X", null, null, null, null, null, null, null, null, null, null, Version: null);
        var result = new UpdateLearningCommunityValidator().Validate(update);
        Assert.Equal(["version"], result.Errors.Select(e => e.PropertyName));
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 201, "pageSize")]
    public void Validate_PagingOutOfRange_NamesField(int page, int pageSize, string field)
    {
        var result = new ListLearningCommunitiesValidator().Validate(new ListLearningCommunitiesQuery(null, null, null, null, page, pageSize));
        Assert.Equal([field], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Validate_MaximumPageSize_IsAllowed()
    {
        Assert.True(new ListLearningCommunitiesValidator().Validate(new ListLearningCommunitiesQuery(null, null, null, null, 1, 200)).IsValid);
    }
}

namespace LcPeers.Domain.LearningCommunities;

/// <summary>Type or origin of an LC (report, Table 1 and ch. 2.1.3).</summary>
public enum LearningCommunityType
{
    /// <summary>Centre of Expertise (hbo): origin in learning and innovating.</summary>
    Coe = 1,

    /// <summary>Centrum voor Innovatief Vakmanschap (mbo).</summary>
    Civ = 2,

    /// <summary>A consortium funded through the MOOI scheme.</summary>
    MooiConsortium = 3,

    /// <summary>Fieldlab or skillslab: origin in working.</summary>
    FieldlabSkillslab = 4,

    /// <summary>Lectorate, practorate or NWO programme: origin in innovating.</summary>
    LectoratePractorate = 5,

    Other = 6,
}

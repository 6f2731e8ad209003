using LcPeers.Domain.Accounts;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.ToTable("Stories");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<LearningCommunity>().WithMany().HasForeignKey(x => x.LearningCommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expert>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Title).HasMaxLength(Story.TitleMaxLength).IsRequired();
        builder.Property(x => x.WhatWasStuck).HasMaxLength(Story.TextMaxLength).IsRequired();
        builder.Property(x => x.WhoHelped).HasMaxLength(Story.TextMaxLength).IsRequired();
        builder.Property(x => x.WhatChanged).HasMaxLength(Story.TextMaxLength).IsRequired();
        builder.Property(x => x.ReviewNote).HasMaxLength(Story.NoteMaxLength);
        builder.Property(x => x.Phase).HasConversion<CodeConverter<Phase>>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<CodeConverter<StoryStatus>>().HasMaxLength(20);
        builder.PrimitiveCollection(x => x.Bottlenecks).ElementType(e => e.HasConversion<CodeConverter<Bottleneck>>());
        builder.PrimitiveCollection(x => x.Tools).ElementType(e => e.HasConversion<TypedIdConverters.ToolIdConverter>());
        builder.HasIndex(x => new { x.Status, x.PublishedAt }); // the public list: published, the latest first
        builder.HasIndex(x => x.LearningCommunityId);
        builder.HasIndex(x => x.EngagementId);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsEditable);
        builder.Ignore(x => x.ShowsExpertName);
    }
}

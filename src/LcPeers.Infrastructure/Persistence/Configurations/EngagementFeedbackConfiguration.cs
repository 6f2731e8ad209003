using LcPeers.Domain.Engagements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class EngagementFeedbackConfiguration : IEntityTypeConfiguration<EngagementFeedback>
{
    public void Configure(EntityTypeBuilder<EngagementFeedback> builder)
    {
        builder.ToTable("EngagementFeedback");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Role).HasConversion<CodeConverter<FeedbackRole>>().HasMaxLength(20);
        builder.HasIndex(x => new { x.EngagementId, x.Role }).IsUnique(); // once per side
        builder.HasIndex(x => x.ExpertId); // the track record reads ratings per expert
        builder.Property(x => x.Comment).HasMaxLength(2000);
    }
}

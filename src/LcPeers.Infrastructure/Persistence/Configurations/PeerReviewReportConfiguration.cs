using LcPeers.Domain.Engagements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class PeerReviewReportConfiguration : IEntityTypeConfiguration<PeerReviewReport>
{
    public void Configure(EntityTypeBuilder<PeerReviewReport> builder)
    {
        builder.ToTable("PeerReviewReports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.EngagementId).IsUnique(); // one report per peer review
        builder.HasIndex(x => new { x.LearningCommunityId, x.SubmittedAt });
        builder.Property(x => x.Summary).HasMaxLength(4000);
        builder.Ignore(x => x.Dimensions);
        builder.ComplexCollection<List<DimensionAssessment>, DimensionAssessment>("_dimensions", c => c.ToJson("Dimensions"));
    }
}

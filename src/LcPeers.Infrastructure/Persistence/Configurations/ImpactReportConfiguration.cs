using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class ImpactReportConfiguration : IEntityTypeConfiguration<ImpactReport>
{
    public void Configure(EntityTypeBuilder<ImpactReport> builder)
    {
        builder.ToTable("ImpactReports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<LearningCommunity>().WithMany().HasForeignKey(x => x.LearningCommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Period).HasMaxLength(7);
        builder.HasIndex(x => new { x.LearningCommunityId, x.Period }).IsUnique(); // one report per LC and period
        builder.HasIndex(x => x.Period); // the monitor reads all LCs per period
        builder.Property(x => x.Narrative).HasMaxLength(ImpactReport.NarrativeMaxLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Year);
    }
}

using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class CoordinatorLinkConfiguration : IEntityTypeConfiguration<CoordinatorLink>
{
    public void Configure(EntityTypeBuilder<CoordinatorLink> builder)
    {
        builder.ToTable("CoordinatorLinks");
        builder.HasKey(x => new { x.LearningCommunityId, x.Email });
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.HasIndex(x => x.Email);
        builder.HasOne<LearningCommunity>().WithMany().HasForeignKey(x => x.LearningCommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("Engagements");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LearningCommunity>().WithMany().HasForeignKey(x => x.LearningCommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expert>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ProposalId).IsUnique(); // one engagement per accepted proposal
        builder.HasIndex(x => x.RequestId);
        builder.HasIndex(x => x.ExpertId);
        builder.HasIndex(x => x.LearningCommunityId);
        builder.Property(x => x.Kind).HasConversion<CodeConverter<RequestKind>>().HasMaxLength(30);
        builder.Property(x => x.Status).HasConversion<CodeConverter<EngagementStatus>>().HasMaxLength(20);
        builder.HasMany(x => x.Sessions).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> builder)
    {
        builder.ToTable("SupportRequests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<LearningCommunity>().WithMany().HasForeignKey(x => x.LearningCommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tool>().WithMany().HasForeignKey(x => x.Tool).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Phase).HasConversion<CodeConverter<Phase>>().HasMaxLength(20);
        builder.Property(x => x.Kind).HasConversion<CodeConverter<RequestKind>>().HasMaxLength(30);
        builder.Property(x => x.Format).HasConversion<CodeConverter<WorkFormat>>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<CodeConverter<RequestStatus>>().HasMaxLength(20);
        builder.HasIndex(x => x.Status);
        builder.HasIndex(x => new { x.CreatedAt, x.Id }); // the request list pages newest first
        builder.HasIndex(x => new { x.LearningCommunityId, x.CreatedAt }); // a coordinator's or an LC's requests, newest first
        builder.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        builder.Property(x => x.Region).HasMaxLength(60);
        builder.Property(x => x.Location).HasMaxLength(200);
        builder.PrimitiveCollection(x => x.Bottlenecks).ElementType(e => e.HasConversion<CodeConverter<Bottleneck>>());
        builder.PrimitiveCollection(x => x.Languages).ElementType(e => e.HasConversion<CodeConverter<Language>>());
        builder.PrimitiveCollection(x => x.ExcludedOrganisations);
        builder.Ignore(x => x.History);
        builder.ComplexCollection<List<StatusChange>, StatusChange>("_history", c =>
        {
            c.ToJson("History");
            c.Property(p => p.From).HasConversion<CodeConverter<RequestStatus>>();
            c.Property(p => p.To).HasConversion<CodeConverter<RequestStatus>>();
        });
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

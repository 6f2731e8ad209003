using LcPeers.Application.Matching.Snapshot;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class PoolChangeConfiguration : IEntityTypeConfiguration<PoolChange>
{
    public void Configure(EntityTypeBuilder<PoolChange> builder)
    {
        builder.ToTable("PoolChanges");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd(); // identity: the order instances read the log in
        builder.Property(x => x.Kind).HasConversion<CodeConverter<PoolChangeKind>>().HasMaxLength(16);
        builder.HasIndex(x => x.At); // the build's settled watermark and the daily prune
    }
}

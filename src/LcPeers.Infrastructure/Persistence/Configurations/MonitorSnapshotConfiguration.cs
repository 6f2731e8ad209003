using LcPeers.Domain.Monitor;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class MonitorSnapshotConfiguration : IEntityTypeConfiguration<MonitorSnapshot>
{
    public void Configure(EntityTypeBuilder<MonitorSnapshot> builder)
    {
        builder.ToTable("MonitorSnapshots");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Month).HasMaxLength(7);
        builder.HasIndex(x => x.Month).IsUnique(); // one snapshot per month, also when two instances take it at once
    }
}

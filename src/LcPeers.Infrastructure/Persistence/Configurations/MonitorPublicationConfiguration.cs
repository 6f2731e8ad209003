using LcPeers.Domain.Monitor;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class MonitorPublicationConfiguration : IEntityTypeConfiguration<MonitorPublication>
{
    public void Configure(EntityTypeBuilder<MonitorPublication> builder)
    {
        builder.ToTable("MonitorPublication");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.PrimitiveCollection(x => x.Published);
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class MatchingSettingsConfiguration : IEntityTypeConfiguration<MatchingSettings>
{
    public void Configure(EntityTypeBuilder<MatchingSettings> builder)
    {
        builder.ToTable("MatchingSettings");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.ComplexProperty(x => x.Weights);
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

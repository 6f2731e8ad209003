using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class ToolConfiguration : IEntityTypeConfiguration<Tool>
{
    public void Configure(EntityTypeBuilder<Tool> builder)
    {
        builder.ToTable("Tools");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(x => x.Name).IsUnique();
        builder.HasIndex(x => x.Number).IsUnique();
        builder.PrimitiveCollection(x => x.Phases).ElementType(e => e.HasConversion<CodeConverter<Phase>>());
        builder.PrimitiveCollection(x => x.Bottlenecks).ElementType(e => e.HasConversion<CodeConverter<Bottleneck>>());
        builder.Property(x => x.DescriptionNl).HasMaxLength(2000);
        builder.Property(x => x.DescriptionEn).HasMaxLength(2000);
    }
}

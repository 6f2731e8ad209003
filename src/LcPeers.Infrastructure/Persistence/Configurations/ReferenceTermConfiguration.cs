using LcPeers.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class ReferenceTermConfiguration : IEntityTypeConfiguration<ReferenceTerm>
{
    public void Configure(EntityTypeBuilder<ReferenceTerm> builder)
    {
        builder.ToTable("ReferenceTerms");
        builder.HasKey(x => new { x.Kind, x.Code });
        builder.Property(x => x.Kind).HasConversion<CodeConverter<ReferenceKind>>().HasMaxLength(40);
        builder.Property(x => x.Code).HasMaxLength(60);
        builder.Property(x => x.LabelNl).HasMaxLength(200).IsRequired();
        builder.Property(x => x.LabelEn).HasMaxLength(200).IsRequired();
        builder.Property(x => x.DescriptionNl).HasMaxLength(2000);
        builder.Property(x => x.DescriptionEn).HasMaxLength(2000);
    }
}

using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class LearningCommunityConfiguration : IEntityTypeConfiguration<LearningCommunity>
{
    public void Configure(EntityTypeBuilder<LearningCommunity> builder)
    {
        builder.ToTable("LearningCommunities");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(x => x.Name).IsUnique();
        builder.Property(x => x.Region).HasMaxLength(200);
        builder.Property(x => x.Type).HasConversion<CodeConverter<LearningCommunityType>>().HasMaxLength(40);
        builder.Property(x => x.Status).HasConversion<CodeConverter<LearningCommunityStatus>>().HasMaxLength(20);
        builder.Property(x => x.Phase).HasConversion<CodeConverter<Phase>>().HasMaxLength(20);
        builder.HasIndex(x => x.Phase);
        builder.Property(x => x.Description).HasMaxLength(4000);
        builder.PrimitiveCollection(x => x.PartnerOrganisations);
        builder.PrimitiveCollection(x => x.Sectors);
        builder.OwnsMany(x => x.Contacts, c =>
        {
            c.ToJson();
            c.Property(p => p.Name).HasMaxLength(200);
        });
        builder.Navigation(x => x.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(x => x.PartnerTypes, p =>
        {
            p.ToJson();
            p.Property(t => t.Type).HasMaxLength(20);
        });
        builder.Navigation(x => x.PartnerTypes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(x => x.PartnerCount);
        builder.HasIndex(x => x.ReportNumber).IsUnique();
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

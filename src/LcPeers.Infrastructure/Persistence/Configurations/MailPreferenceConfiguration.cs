using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class MailPreferenceConfiguration : IEntityTypeConfiguration<MailPreference>
{
    public void Configure(EntityTypeBuilder<MailPreference> builder)
    {
        builder.ToTable("MailPreferences");
        builder.HasKey(x => x.Address);
        builder.Property(x => x.Address).HasMaxLength(254);
    }
}

using LcPeers.Domain.Engagements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasConversion<CodeConverter<SessionKind>>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<CodeConverter<SessionStatus>>().HasMaxLength(20);
        builder.Property(x => x.Title).HasMaxLength(200).IsRequired();
        builder.Property(x => x.TimeZone).HasMaxLength(60).IsRequired();
        builder.Property(x => x.Location).HasMaxLength(300);
        builder.Property(x => x.OnlineUrl).HasMaxLength(500);
        builder.Property(x => x.Agenda).HasMaxLength(4000);
        builder.Property(x => x.ObserverEmail).HasMaxLength(254);
        builder.Property(x => x.Uid).HasMaxLength(100).IsRequired();
        builder.HasIndex(x => x.Uid).IsUnique();
        builder.HasIndex(x => new { x.Status, x.Start }); // the session job looks for scheduled sessions starting soon
        builder.Ignore(x => x.NeedsReminder);
    }
}

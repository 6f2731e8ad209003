using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("OutboxEmails");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasMaxLength(60);
        builder.Property(x => x.DeduplicationKey).HasMaxLength(400).IsRequired();
        builder.HasIndex(x => x.DeduplicationKey).IsUnique(); // one email per event and recipient
        builder.Property(x => x.ToAddress).HasMaxLength(254);
        builder.Property(x => x.ToName).HasMaxLength(200);
        builder.Property(x => x.Language).HasMaxLength(5);
        builder.Property(x => x.Subject).HasMaxLength(400);
        builder.Property(x => x.CalendarMethod).HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<CodeConverter<OutboxStatus>>().HasMaxLength(20);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.Property(x => x.ClaimedBy).HasMaxLength(200);
        builder.Property(x => x.TraceParent).HasMaxLength(64);
        builder.Property(x => x.UnsubscribeUrl).HasMaxLength(1000);
        builder.HasIndex(x => new { x.Status, x.NextAttemptAt }); // the dispatcher's scan
        builder.HasIndex(x => x.RelatedEntityId);
        builder.HasIndex(x => new { x.Status, x.Id }); // the staff list: one status, newest first
        builder.HasIndex(x => new { x.Status, x.SentAt }); // the retention purge's scan
        builder.Ignore(x => x.MessageId);
    }
}

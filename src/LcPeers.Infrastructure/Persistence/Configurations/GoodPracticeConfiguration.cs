using LcPeers.Domain.Accounts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class GoodPracticeConfiguration : IEntityTypeConfiguration<GoodPractice>
{
    public void Configure(EntityTypeBuilder<GoodPractice> builder)
    {
        builder.ToTable("GoodPractices");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Title).HasMaxLength(GoodPractice.TitleMaxLength).IsRequired();
        builder.Property(x => x.WhatWasDone).HasMaxLength(GoodPractice.TextMaxLength).IsRequired();
        builder.Property(x => x.WhatItBrought).HasMaxLength(GoodPractice.TextMaxLength).IsRequired();
        builder.Property(x => x.Contact).HasMaxLength(GoodPractice.ContactMaxLength).IsRequired();
        builder.Property(x => x.Phase).HasConversion<CodeConverter<Phase>>().HasMaxLength(20);
        builder.Property(x => x.Bottleneck).HasConversion<CodeConverter<Bottleneck>>().HasMaxLength(20);
        builder.HasOne<Tool>().WithMany().HasForeignKey(x => x.ToolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Account>().WithMany().HasForeignKey(x => x.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ToolId);
        builder.HasIndex(x => new { x.Phase, x.Bottleneck });
        builder.HasIndex(x => x.CreatedAt); // the public list: the latest first
        builder.Property(x => x.Version).IsConcurrencyToken();
    }
}

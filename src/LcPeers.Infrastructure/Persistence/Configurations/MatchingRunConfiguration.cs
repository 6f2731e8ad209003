using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> builder)
    {
        builder.ToTable("MatchingRuns");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Status).HasConversion<CodeConverter<MatchingRunStatus>>().HasMaxLength(20);
        builder.HasIndex(x => x.Status);
        builder.Property(x => x.Objective).HasConversion<CodeConverter<MatchingRunObjective>>().HasMaxLength(20);
        builder.Property(x => x.Error).HasMaxLength(2000);
        builder.Ignore(x => x.Unstaffable);
        builder.Ignore(x => x.IsActive);
        builder.Ignore(x => x.Changes);
        builder.ComplexCollection<List<RunChange>, RunChange>("_changes", c => c.ToJson("Changes"));
        builder.ComplexCollection<List<UnstaffableRequest>, UnstaffableRequest>("_unstaffable", c =>
        {
            c.ToJson("Unstaffable");
            c.PrimitiveCollection(u => u.Reasons);
        });
    }
}

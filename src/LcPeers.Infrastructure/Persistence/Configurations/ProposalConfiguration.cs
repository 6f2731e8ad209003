using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LcPeers.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Expert>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.RequestId, x.ExpertId }).IsUnique(); // an expert is proposed for a request once, ever
        builder.HasIndex(x => x.ExpertId);
        builder.HasIndex(x => x.Status);
        builder.Property(x => x.Status).HasConversion<CodeConverter<ProposalStatus>>().HasMaxLength(20);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Ignore(x => x.ApprovedBy);
        builder.PrimitiveCollection<List<AccountId>>("_approvedBy").HasColumnName("ApprovedBy").ElementType(e => e.HasConversion<TypedIdConverters.AccountIdConverter>());
        builder.Ignore(x => x.IsAlternate);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Status, x.AnswerBy }); // the lifecycle job's open invitations
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WildTrace.Storage.Reports;

namespace WildTrace.Storage.Reviews;

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> entity)
    {
        entity.Property(d => d.Reviewer).HasMaxLength(ReviewDecision.MaxActorLength);
        entity.Property(d => d.PolicyClause).HasMaxLength(ReviewDecision.MaxReasonLength);
        entity.Property(d => d.Taxon).HasMaxLength(ReportCase.MaxTaxonLength);
        entity.Property(d => d.Product).HasMaxLength(ReviewDecision.MaxReasonLength);
        entity.Property(d => d.Note).HasMaxLength(ReviewDecision.MaxNoteLength);
        entity.HasIndex(d => d.CaseId);
        entity.HasOne<ReportCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Reports;

internal sealed class SpotterReportConfiguration : IEntityTypeConfiguration<SpotterReport>
{
    public void Configure(EntityTypeBuilder<SpotterReport> entity)
    {
        entity.Property(r => r.Url).HasMaxLength(ReportCase.MaxUrlLength);
        entity.Property(r => r.Platform).HasMaxLength(ReportCase.MaxShortFieldLength);
        entity.Property(r => r.Language).HasMaxLength(ReportCase.MaxShortFieldLength);
        entity.Property(r => r.Taxon).HasMaxLength(ReportCase.MaxTaxonLength);
        entity.Property(r => r.Description).HasMaxLength(SpotterReport.MaxDescriptionLength);
        entity.Property(r => r.ListingText).HasMaxLength(SpotterReport.MaxListingTextLength);
        entity.Property(r => r.Contact).HasMaxLength(SpotterReport.MaxContactLength);
        entity.Property(r => r.FollowUpTokenHash).HasMaxLength(SpotterReport.TokenHashLength);
        entity.HasIndex(r => r.FollowUpTokenHash).IsUnique();
        entity.HasIndex(r => r.CaseId);
        entity.HasIndex(r => r.ReporterUserId);
        entity.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

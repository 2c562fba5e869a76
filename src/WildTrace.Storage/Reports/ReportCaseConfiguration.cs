using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Reports;

internal sealed class ReportCaseConfiguration : IEntityTypeConfiguration<ReportCase>
{
    public void Configure(EntityTypeBuilder<ReportCase> entity)
    {
        entity.Property(c => c.CanonicalUrl).HasMaxLength(ReportCase.MaxUrlLength);
        entity.Property(c => c.Platform).HasMaxLength(ReportCase.MaxShortFieldLength);
        entity.Property(c => c.Language).HasMaxLength(ReportCase.MaxShortFieldLength);
        entity.Property(c => c.Taxon).HasMaxLength(ReportCase.MaxTaxonLength);
        entity.Property(c => c.Cites).HasMaxLength(ReportCase.MaxCitesLength);
        entity.HasIndex(c => c.CanonicalUrl).IsUnique();
        entity.HasIndex(c => new { c.Status, c.Priority });
        entity.HasIndex(c => c.RoutedOrganisationId);
    }
}

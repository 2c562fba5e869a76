using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Takedowns;

internal sealed class TakedownReportConfiguration : IEntityTypeConfiguration<TakedownReport>
{
    public void Configure(EntityTypeBuilder<TakedownReport> entity)
    {
        entity.Property(t => t.Category).HasMaxLength(TakedownReport.MaxCategoryLength);
        entity.HasIndex(t => new { t.OrganisationId, t.Day, t.Category }).IsUnique();
    }
}

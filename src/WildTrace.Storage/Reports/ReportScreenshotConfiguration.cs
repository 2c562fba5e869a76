using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Reports;

internal sealed class ReportScreenshotConfiguration : IEntityTypeConfiguration<ReportScreenshot>
{
    public void Configure(EntityTypeBuilder<ReportScreenshot> entity)
    {
        entity.Property(s => s.ContentType).HasMaxLength(ReportScreenshot.MaxContentTypeLength);
        entity.Property(s => s.Pdq).HasMaxLength(ReportScreenshot.PdqHexLength).IsFixedLength();
        entity.HasIndex(s => s.ReportId);
        entity.HasIndex(s => s.CaseId);
        entity.HasOne(s => s.Report).WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

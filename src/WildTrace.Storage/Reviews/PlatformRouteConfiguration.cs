using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;

namespace WildTrace.Storage.Reviews;

internal sealed class PlatformRouteConfiguration : IEntityTypeConfiguration<PlatformRoute>
{
    public void Configure(EntityTypeBuilder<PlatformRoute> entity)
    {
        entity.HasKey(r => r.Platform);
        entity.Property(r => r.Platform).HasMaxLength(ReportCase.MaxShortFieldLength);
        entity.HasIndex(r => r.OrganisationId);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

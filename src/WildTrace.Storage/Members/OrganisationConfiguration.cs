using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Members;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> entity)
    {
        entity.Property(o => o.Name).HasMaxLength(Organisation.MaxNameLength);
        entity.HasIndex(o => o.Name).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Members;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> entity)
    {
        entity.Property(k => k.KeyId).HasMaxLength(ApiKey.KeyIdLength).IsFixedLength();
        entity.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        entity.Property(k => k.SecretHash).HasMaxLength(32);
        entity.HasIndex(k => k.KeyId).IsUnique();
        entity.HasIndex(k => k.OrganisationId);
        entity.HasOne(k => k.Organisation).WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.HashBanks;

internal sealed class HashBankRecordConfiguration : IEntityTypeConfiguration<HashBankRecord>
{
    public void Configure(EntityTypeBuilder<HashBankRecord> entity)
    {
        entity.Property(b => b.Name).HasMaxLength(HashBankRecord.MaxNameLength);
        entity.Property(b => b.Description).HasMaxLength(HashBankRecord.MaxDescriptionLength);
        entity.HasIndex(b => new { b.OwnerOrganisationId, b.Name }).IsUnique();
    }
}

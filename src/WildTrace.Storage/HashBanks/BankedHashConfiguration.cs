using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.HashBanks;

internal sealed class BankedHashConfiguration : IEntityTypeConfiguration<BankedHash>
{
    public void Configure(EntityTypeBuilder<BankedHash> entity)
    {
        entity.Property(h => h.Pdq).HasMaxLength(BankedHash.PdqHexLength).IsFixedLength();
        entity.Property(h => h.Label).HasMaxLength(BankedHash.MaxLabelLength);
        entity.HasIndex(h => new { h.BankId, h.Pdq }).IsUnique();
        entity.HasIndex(h => h.Revision);
        entity.HasOne(h => h.Bank).WithMany().HasForeignKey(h => h.BankId).OnDelete(DeleteBehavior.Cascade);
    }
}

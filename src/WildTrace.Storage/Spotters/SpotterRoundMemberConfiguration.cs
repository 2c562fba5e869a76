using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WildTrace.Storage.Members;

namespace WildTrace.Storage.Spotters;

internal sealed class SpotterRoundMemberConfiguration : IEntityTypeConfiguration<SpotterRoundMember>
{
    public void Configure(EntityTypeBuilder<SpotterRoundMember> entity)
    {
        entity.HasIndex(m => new { m.RoundId, m.UserId }).IsUnique();
        entity.HasIndex(m => m.UserId);
        entity.HasOne(m => m.Round).WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Spotters;

internal sealed class SpotterRoundConfiguration : IEntityTypeConfiguration<SpotterRound>
{
    public void Configure(EntityTypeBuilder<SpotterRound> entity)
    {
        entity.Property(r => r.Name).HasMaxLength(SpotterRound.MaxNameLength);
        entity.Property(r => r.Focus).HasMaxLength(SpotterRound.MaxFocusLength);
        entity.Property(r => r.CreatedBy).HasMaxLength(SpotterRound.MaxCreatedByLength);
        entity.HasIndex(r => r.EndsAt); // open and upcoming rounds are found by their end
    }
}

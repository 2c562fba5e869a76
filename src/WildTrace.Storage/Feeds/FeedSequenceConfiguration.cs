using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Feeds;

internal sealed class FeedSequenceConfiguration : IEntityTypeConfiguration<FeedSequence>
{
    public void Configure(EntityTypeBuilder<FeedSequence> entity)
    {
        entity.HasKey(f => f.Name);
        entity.Property(f => f.Name).HasMaxLength(FeedSequence.MaxNameLength);

        // Optimistic concurrency on the counter: two writers that read the same value cannot both commit it.
        entity.Property(f => f.Value).IsConcurrencyToken();
    }
}

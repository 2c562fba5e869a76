using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Terms;

internal sealed class TermHistoryEntryConfiguration : IEntityTypeConfiguration<TermHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TermHistoryEntry> entity)
    {
        entity.Property(h => h.Actor).HasMaxLength(TermHistoryEntry.MaxActorLength);
        entity.Property(h => h.Comment).HasMaxLength(TermHistoryEntry.MaxCommentLength);
        entity.HasIndex(h => h.TermRecordId);
        entity.HasOne(h => h.TermRecord).WithMany().HasForeignKey(h => h.TermRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

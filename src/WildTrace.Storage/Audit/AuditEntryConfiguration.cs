using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.Property(a => a.Actor).HasMaxLength(AuditEntry.MaxActorLength);
        entity.Property(a => a.Action).HasMaxLength(AuditEntry.MaxActionLength);
        entity.Property(a => a.Subject).HasMaxLength(AuditEntry.MaxSubjectLength);
        entity.Property(a => a.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        entity.Property(a => a.PreviousHash).HasMaxLength(32);
        entity.Property(a => a.Hash).HasMaxLength(32);
        entity.HasIndex(a => a.OrganisationId);
        entity.HasIndex(a => a.At);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> entity)
    {
        entity.Property(r => r.Caller).HasMaxLength(IdempotencyRecord.MaxCallerLength);
        entity.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        entity.Property(r => r.Route).HasMaxLength(IdempotencyRecord.MaxRouteLength);
        entity.Property(r => r.ContentType).HasMaxLength(IdempotencyRecord.MaxContentTypeLength);
        entity.Property(r => r.RequestHash).HasMaxLength(32);
        entity.HasIndex(r => new { r.Caller, r.Key }).IsUnique();
        entity.HasIndex(r => r.CreatedAt);
    }
}

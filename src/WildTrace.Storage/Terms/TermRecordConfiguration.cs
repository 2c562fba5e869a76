using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Terms;

internal sealed class TermRecordConfiguration : IEntityTypeConfiguration<TermRecord>
{
    public void Configure(EntityTypeBuilder<TermRecord> entity)
    {
        entity.Property(t => t.TermId).HasMaxLength(TermRecord.MaxTermIdLength);
        entity.Property(t => t.Text).HasMaxLength(TermRecord.MaxTextLength);
        entity.Property(t => t.Language).HasMaxLength(TermRecord.MaxLanguageLength);
        entity.Property(t => t.Kind).HasMaxLength(TermRecord.MaxShortFieldLength);
        entity.Property(t => t.Category).HasMaxLength(TermRecord.MaxShortFieldLength);
        entity.Property(t => t.Species).HasMaxLength(TermRecord.MaxShortFieldLength);
        entity.Property(t => t.Product).HasMaxLength(TermRecord.MaxShortFieldLength);
        entity.Property(t => t.Context).HasMaxLength(TermRecord.MaxContextLength);
        entity.Property(t => t.Source).HasMaxLength(TermRecord.MaxSourceLength);
        entity.HasIndex(t => t.TermId).IsUnique();
        entity.HasIndex(t => t.Revision);
        entity.HasIndex(t => new { t.State, t.Language });
        entity.HasIndex(t => t.ProposedByOrganisationId);
    }
}

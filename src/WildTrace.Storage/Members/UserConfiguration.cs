using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Members;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> entity)
    {
        entity.Property(u => u.Email).HasMaxLength(User.MaxEmailLength);
        entity.Property(u => u.DisplayName).HasMaxLength(User.MaxDisplayNameLength);
        entity.Property(u => u.PasswordHash).HasMaxLength(User.MaxPasswordHashLength);
        entity.HasIndex(u => u.Email).IsUnique();
        entity.HasIndex(u => u.OrganisationId);
        entity.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

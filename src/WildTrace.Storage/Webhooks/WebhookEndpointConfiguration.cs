using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WildTrace.Storage.Members;

namespace WildTrace.Storage.Webhooks;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> entity)
    {
        entity.Property(e => e.Url).HasMaxLength(WebhookEndpoint.MaxUrlLength);
        entity.Property(e => e.Secrets).HasMaxLength(WebhookEndpoint.MaxSecretsLength);
        entity.HasIndex(e => e.OrganisationId);
        entity.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

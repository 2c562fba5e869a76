using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WildTrace.Storage.Webhooks;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> entity)
    {
        entity.Property(d => d.MessageId).HasMaxLength(WebhookDelivery.MaxMessageIdLength);
        entity.Property(d => d.EventType).HasMaxLength(WebhookDelivery.MaxEventTypeLength);
        entity.Property(d => d.Payload).HasMaxLength(WebhookDelivery.MaxPayloadLength);
        entity.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        entity.HasIndex(d => d.MessageId).IsUnique();
        entity.HasIndex(d => new { d.State, d.NextAttemptAt });
        entity.HasIndex(d => d.EndpointId);
        entity.HasOne(d => d.Endpoint).WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}

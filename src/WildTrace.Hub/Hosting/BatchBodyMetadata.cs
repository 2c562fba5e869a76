namespace WildTrace.Hub.Hosting;

/// <summary>Endpoint metadata: this endpoint takes a batch, so its body may reach <see cref="HubLimitsOptions.MaxBatchBodyBytes"/>.</summary>
internal sealed class BatchBodyMetadata
{
    public static BatchBodyMetadata Instance { get; } = new();

    private BatchBodyMetadata()
    {
    }
}

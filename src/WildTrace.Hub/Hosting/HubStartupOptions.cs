namespace WildTrace.Hub.Hosting;

/// <summary>First-start settings (<c>Hub:Startup</c>), plus the <c>WILDTRACE_ADMIN_KEY</c> environment variable.</summary>
internal sealed class HubStartupOptions
{
    public const string Section = "Hub:Startup";
    public const string AdminKeyVariable = "WILDTRACE_ADMIN_KEY";

    /// <summary>The name of the coalition's own organisation, created on first start.</summary>
    public string CoalitionName { get; set; } = "Coalition secretariat";

    /// <summary>Seeds the term database from the bundled signed pack when it is empty (default on).</summary>
    public bool SeedBundledTerms { get; set; } = true;
}

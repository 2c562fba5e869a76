using System.Reflection;
using WildTrace.Detection.Imaging;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;

namespace WildTrace.Hub.Tests.Architecture;

/// <summary>STYLE.md §2: dependencies point one way, Hub → Storage → Detection.</summary>
public sealed class DependencyDirectionTests
{
    [Theory]
    // Detection is the embeddable engine: no web, no database, no hub
    [InlineData("Detection", "Microsoft.AspNetCore")]
    [InlineData("Detection", "Microsoft.EntityFrameworkCore")]
    [InlineData("Detection", "WildTrace.Storage")]
    [InlineData("Detection", "WildTrace.Hub")]
    // Storage is the model and migrations: no web, and never the hub above it
    [InlineData("Storage", "Microsoft.AspNetCore")]
    [InlineData("Storage", "WildTrace.Hub")]
    public void Lower_layer_does_not_reference_a_higher_one(string layer, string forbiddenPrefix)
    {
        Assembly assembly = Layers[layer];

        string[] references = [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];

        Assert.DoesNotContain(references, r => r.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Hub_references_storage_and_detection()
    {
        string[] references = [.. typeof(HubBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];

        Assert.Contains("WildTrace.Storage", references);
        Assert.Contains("WildTrace.Detection", references);
    }

    private static Dictionary<string, Assembly> Layers { get; } = new(StringComparer.Ordinal)
    {
        ["Detection"] = typeof(PdqHash).Assembly,
        ["Storage"] = typeof(WildTraceDb).Assembly,
    };
}

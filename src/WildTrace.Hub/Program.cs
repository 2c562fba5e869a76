using WildTrace.Hub.Hosting;

await HubBuilder.Build(args).RunAsync();

/// <summary>The hub's entry point; public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;

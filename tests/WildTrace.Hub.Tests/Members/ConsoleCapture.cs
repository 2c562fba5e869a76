namespace WildTrace.Hub.Tests.Members;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone: the console is one per process.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

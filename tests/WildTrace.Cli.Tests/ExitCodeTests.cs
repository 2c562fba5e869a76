using WildTrace.Cli;

namespace WildTrace.Cli.Tests;

public sealed class ExitCodeTests
{
    [Fact]
    public void Unknown_option_exits_with_bad_arguments()
    {
        int code = WildTraceCommand.Run(["scan", "--no-such-option"]);

        Assert.Equal(ExitCodes.BadArguments, code);
    }
}

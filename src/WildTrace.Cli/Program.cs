using WildTrace.Cli;

return WildTraceCommand.Run(args);

using WildTrace.Storage.Reports;

namespace WildTrace.Hub.Reviews;

/// <summary>What the platform did with a confirmed listing.</summary>
internal sealed record MemberOutcomeRequest(MemberOutcome Outcome);

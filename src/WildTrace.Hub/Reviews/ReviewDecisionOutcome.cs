namespace WildTrace.Hub.Reviews;

/// <summary>What became of a decision: applied (200), no such case (404), not valid now (409) or not valid at all (400).</summary>
internal sealed record ReviewDecisionOutcome(int Status, string Detail)
{
    public static ReviewDecisionOutcome Applied { get; } = new(StatusCodes.Status200OK, "");

    public static ReviewDecisionOutcome NotFound { get; } = new(StatusCodes.Status404NotFound, "No such case.");

    public static ReviewDecisionOutcome Conflict(string detail) => new(StatusCodes.Status409Conflict, detail);

    public static ReviewDecisionOutcome Invalid(string detail) => new(StatusCodes.Status400BadRequest, detail);
}

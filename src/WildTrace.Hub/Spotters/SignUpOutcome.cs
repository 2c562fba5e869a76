using WildTrace.Hub.Members;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>A sign-up's result: the new user, a refusal (<see cref="MemberProblem"/>), or a rate limit with when to retry.</summary>
internal readonly record struct SignUpOutcome(User? User, MemberProblem? Problem, TimeSpan? RetryAfter)
{
    public static implicit operator SignUpOutcome(User user) => new(user, null, null);

    public static implicit operator SignUpOutcome(MemberProblem problem) => new(null, problem, null);

    public static SignUpOutcome Limited(TimeSpan retryAfter) => new(null, null, retryAfter);
}

namespace WildTrace.Hub.Members;

/// <summary>The result of a members write: a value, or the problem that refused it. Shared by the API and the pages.</summary>
internal readonly record struct MemberOutcome<T>(T? Value, MemberProblem? Problem)
{
    public static implicit operator MemberOutcome<T>(T value) => new(value, null);

    public static implicit operator MemberOutcome<T>(MemberProblem problem) => new(default, problem);
}

namespace WildTrace.Hub.Members;

/// <summary>Why a members write was refused; <see cref="Field"/> names the request field for validation problems.</summary>
internal sealed record MemberProblem(MemberProblemKind Kind, string Field, string Message)
{
    public static MemberProblem Invalid(string field, string message) => new(MemberProblemKind.Invalid, field, message);

    /// <summary>Also the answer for another organisation's rows, so that ids do not reveal what exists.</summary>
    public static MemberProblem NotFound(string message) => new(MemberProblemKind.NotFound, "", message);

    public static MemberProblem Conflict(string field, string message) => new(MemberProblemKind.Conflict, field, message);

    public static MemberProblem Forbidden(string message) => new(MemberProblemKind.Forbidden, "", message);
}

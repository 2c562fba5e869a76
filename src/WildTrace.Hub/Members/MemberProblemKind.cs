namespace WildTrace.Hub.Members;

/// <summary>The HTTP-independent kinds of <see cref="MemberProblem"/>: 400, 404, 409 and 403 in the API.</summary>
internal enum MemberProblemKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

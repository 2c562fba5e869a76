using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Members;

/// <summary>Turns a <see cref="MemberProblem"/> into the API's problem details (400 with field errors, 403, 404, 409).</summary>
internal static class MemberProblemResults
{
    public static ProblemHttpResult ToResult(MemberProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            MemberProblemKind.Invalid => TypedResults.Problem(new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [problem.Field] = [problem.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = HubProblems.Validation,
                Title = "The request is not valid",
            }),
            MemberProblemKind.NotFound => NotFound(problem.Message),
            MemberProblemKind.Conflict => TypedResults.Problem(problem.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: HubProblems.Conflict),
            _ => TypedResults.Problem(problem.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", type: HubProblems.Forbidden),
        };
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", type: HubProblems.NotFound);
}

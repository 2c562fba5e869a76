using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Learning;

/// <summary>New-term candidates mined from decided cases, and filing the best of them for curation (curators).</summary>
internal static class LearningApi
{
    public static RouteGroupBuilder MapLearning(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1/reviews/term-candidates").WithTags("Reviews")
            .RequireAuthorization(HubPolicies.Curator).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/", ListCandidates).WithName("ListTermCandidates")
            .WithSummary("Words that confirmed listings share and the term database lacks, ranked against rejected cases; files nothing.");
        group.MapPost("/propose", Propose).WithName("ProposeTermCandidates")
            .WithSummary("Files the best candidates now as proposed terms (Hub:Learning:ProposalsPerRun); a repeat on the same data files nothing.");
        return group;
    }

    private static async Task<Results<Ok<TermCandidateResponse[]>, ProblemHttpResult>> ListCandidates(
        TermProposer proposer, IOptions<LearningOptions> options, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit < 1 || limit > options.Value.MaxCandidates)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {options.Value.MaxCandidates}.",
                statusCode: StatusCodes.Status400BadRequest, type: HubProblems.Validation);
        }

        IReadOnlyList<TermCandidate> candidates = await proposer.FindCandidatesAsync(limit, cancellationToken);
        return TypedResults.Ok(candidates.Select(TermCandidateResponse.From).ToArray());
    }

    private static async Task<Ok<ProposalRunResponse>> Propose(TermProposer proposer, CancellationToken cancellationToken) =>
        TypedResults.Ok(ProposalRunResponse.From(await proposer.ProposeAsync(cancellationToken)));
}

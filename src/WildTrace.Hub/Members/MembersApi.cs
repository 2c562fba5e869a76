using Microsoft.AspNetCore.Http.HttpResults;
using WildTrace.Hub.Hosting;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>Organisations and users (coalition admins), and <c>GET /api/v1/me</c> for any caller. Keys: <see cref="ApiKeysApi"/>.</summary>
internal static class MembersApi
{
    public static RouteGroupBuilder MapMembers(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/api/v1").WithTags("Members")
            .RequireAuthorization(HubPolicies.SignedIn).RequireRateLimiting(HubRateLimits.PerCaller);
        group.MapGet("/me", GetMe).WithName("GetMe").WithSummary("Says who the caller is: actor, organisation and role.");
        group.MapPost("/organisations", CreateOrganisation).RequireAuthorization(HubPolicies.Admin)
            .WithName("CreateOrganisation").WithSummary("Creates a member organisation.");
        group.MapGet("/organisations", ListOrganisations).RequireAuthorization(HubPolicies.Admin)
            .WithName("ListOrganisations").WithSummary("Lists organisations in id order (keyset: after, limit).");
        group.MapGet("/organisations/{id:long}", GetOrganisation)
            .WithName("GetOrganisation").WithSummary("Gets an organisation: any for coalition admins, else the caller's own.");
        group.MapPost("/users", CreateUser).RequireAuthorization(HubPolicies.Admin)
            .WithName("CreateUser").WithSummary("Creates a user who signs in to the web UI; the role must fit the organisation's kind.");
        group.MapGet("/users", ListUsers).RequireAuthorization(HubPolicies.Admin)
            .WithName("ListUsers").WithSummary("Lists users in id order (keyset: after, limit; filter organisationId).");
        group.MapGet("/users/{id:long}", GetUser).RequireAuthorization(HubPolicies.Admin)
            .WithName("GetUser").WithSummary("Gets a user.");
        group.MapApiKeys();
        return group;
    }

    private static Results<Ok<MeResponse>, UnauthorizedHttpResult> GetMe(HttpContext http) =>
        HubActor.TryFrom(http.User, out HubActor actor)
            ? TypedResults.Ok(new MeResponse(actor.Name, actor.OrganisationId, actor.Role.ToString()))
            : TypedResults.Unauthorized();

    private static async Task<Results<Created<OrganisationResponse>, ProblemHttpResult>> CreateOrganisation(
        CreateOrganisationRequest request, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        MemberOutcome<Organisation> outcome = await members.CreateOrganisationAsync(Actor(http), request.Name ?? "", request.Kind, cancellationToken);
        return outcome.Problem is { } problem
            ? MemberProblemResults.ToResult(problem)
            : TypedResults.Created($"/api/v1/organisations/{outcome.Value!.Id}", OrganisationResponse.From(outcome.Value));
    }

    private static async Task<Ok<KeysetPage<OrganisationResponse>>> ListOrganisations(
        long? after, int? limit, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        int take = KeysetPage<OrganisationResponse>.Clamp(limit);
        IReadOnlyList<Organisation> rows = await members.ListOrganisationsAsync(Actor(http), after, take, cancellationToken);
        return TypedResults.Ok(KeysetPage<OrganisationResponse>.From([.. rows.Select(OrganisationResponse.From)], take, o => o.Id));
    }

    private static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> GetOrganisation(
        long id, HttpContext http, Membership members, CancellationToken cancellationToken) =>
        await members.FindOrganisationAsync(Actor(http), id, cancellationToken) is { } organisation
            ? TypedResults.Ok(OrganisationResponse.From(organisation))
            : MemberProblemResults.NotFound("No such organisation.");

    private static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        MemberOutcome<User> outcome = await members.CreateUserAsync(Actor(http), request, cancellationToken);
        return outcome.Problem is { } problem
            ? MemberProblemResults.ToResult(problem)
            : TypedResults.Created($"/api/v1/users/{outcome.Value!.Id}", UserResponse.From(outcome.Value));
    }

    private static async Task<Ok<KeysetPage<UserResponse>>> ListUsers(
        long? organisationId, long? after, int? limit, HttpContext http, Membership members, CancellationToken cancellationToken)
    {
        int take = KeysetPage<UserResponse>.Clamp(limit);
        IReadOnlyList<User> rows = await members.ListUsersAsync(Actor(http), organisationId, after, take, cancellationToken);
        return TypedResults.Ok(KeysetPage<UserResponse>.From([.. rows.Select(UserResponse.From)], take, u => u.Id));
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetUser(
        long id, HttpContext http, Membership members, CancellationToken cancellationToken) =>
        await members.FindUserAsync(Actor(http), id, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponse.From(user))
            : MemberProblemResults.NotFound("No such user.");

    /// <summary>The authenticated caller; the group's policy guarantees there is one.</summary>
    internal static HubActor Actor(HttpContext http) =>
        HubActor.TryFrom(http.User, out HubActor actor) ? actor : throw new InvalidOperationException("The caller is not authenticated.");
}

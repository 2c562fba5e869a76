using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Ownership;

/// <summary>
/// Issue #6's role × endpoint × owner matrix: every /api/v1 endpoint, for every role, against the caller's own
/// organisation and another's. An endpoint without a case fails <see cref="Every_api_endpoint_has_an_ownership_case"/>.
/// </summary>
public sealed class OwnershipMatrixTests(OwnershipWorld world) : IClassFixture<OwnershipWorld>
{
    private static readonly Lazy<IReadOnlyList<OwnershipCase>> s_cases = new(FindCases);

    public static TheoryData<string, HubRole, OwnershipSide> Matrix()
    {
        TheoryData<string, HubRole, OwnershipSide> rows = [];
        foreach (OwnershipCase ownershipCase in s_cases.Value)
        {
            foreach (HubRole role in Enum.GetValues<HubRole>())
            {
                rows.Add(ownershipCase.Name, role, OwnershipSide.Own);
                rows.Add(ownershipCase.Name, role, OwnershipSide.Other);
            }
        }

        return rows;
    }

    [Fact]
    public void Every_api_endpoint_has_an_ownership_case()
    {
        HashSet<string> registered = [.. s_cases.Value.Select(c => c.Name)];

        string[] missing = [.. ApiEndpoints().Where(e => !registered.Contains(e))];

        Assert.True(missing.Length == 0,
            "Endpoints without an ownership case (add them in tests/WildTrace.Hub.Tests/Ownership/Cases/<Feature>Cases.cs): "
            + string.Join(", ", missing));
    }

    [Fact]
    public void Every_ownership_case_names_a_mapped_endpoint()
    {
        HashSet<string> mapped = [.. ApiEndpoints()];

        string[] stale = [.. s_cases.Value.Select(c => c.Name).Where(n => !mapped.Contains(n))];

        Assert.Empty(stale);
    }

    [Fact]
    public void Each_endpoint_has_one_case()
    {
        string[] duplicates = [.. s_cases.Value.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key)];

        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_reaches_only_what_its_organisation_owns(string endpoint, HubRole role, OwnershipSide side)
    {
        OwnershipCase ownershipCase = s_cases.Value.Single(c => c.Name == endpoint);
        (long callerOrganisation, OrganisationKind callerKind, HttpClient caller) = world.Caller(role);
        (long owner, OrganisationKind ownerKind) = side == OwnershipSide.Own ? (callerOrganisation, callerKind) : world.Other;
        string? resource = ownershipCase.Arrange is null ? null : await ownershipCase.Arrange(world, owner, ownerKind);
        using HttpRequestMessage request = ownershipCase.Request(new OwnedBy(owner, ownerKind, resource));

        using HttpResponseMessage response = await caller.SendAsync(request, TestContext.Current.CancellationToken);

        HttpStatusCode expected = ownershipCase.Reach.GetValueOrDefault(role, Reach.None) switch
        {
            Reach.None => HttpStatusCode.Forbidden,
            Reach.Own when side == OwnershipSide.Other => HttpStatusCode.NotFound,
            _ => ownershipCase.Success,
        };
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{endpoint} as {role} on {side} data: expected {(int)expected}, got {(int)response.StatusCode} {body}");
    }

    /// <summary>"METHOD /route" for every endpoint the hub maps under /api/v1.</summary>
    private IEnumerable<string> ApiEndpoints()
    {
        EndpointDataSource endpoints = world.Hub.Services.GetRequiredService<EndpointDataSource>();
        return endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + (e.RoutePattern.RawText ?? "").Trim('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]))
            .Where(e => e.Route.StartsWith("/api/v1/", StringComparison.Ordinal) || e.Route == "/api/v1")
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.Route}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }

    private static List<OwnershipCase> FindCases() =>
        [.. typeof(OwnershipMatrixTests).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOwnershipCases).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((IOwnershipCases)Activator.CreateInstance(t)!).Cases)];
}

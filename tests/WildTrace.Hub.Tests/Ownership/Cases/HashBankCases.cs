using System.Globalization;
using System.Net;
using WildTrace.Storage.HashBanks;
using WildTrace.Storage.Members;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for hash banks: member roles; a private bank is its organisation's alone (another organisation's,
/// coalition admins' included, answers 404).
/// </summary>
public sealed class HashBankCases : IOwnershipCases
{
    private const string Hash = "5b1e0a7c3d9f2e4b8a6c1d0f7e3b9a2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a";

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_owners = OwnershipCase.Roles([],
        own: [HubRole.CoalitionAdmin, HubRole.Analyst, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "GET", Route = "/api/v1/hashbanks", Reach = ScanCases.Members,
            Request = _ => Get("/api/v1/hashbanks"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/hashbanks", Reach = ScanCases.Members, Success = HttpStatusCode.Created,
            Request = _ => Post("/api/v1/hashbanks", new { name = Unique("bank") }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/hashes/match", Reach = ScanCases.Members,
            Request = _ => Post("/api/v1/hashes/match", new { hashes = new[] { Hash } }),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/hashes/changes", Reach = ScanCases.Members,
            Request = _ => Get("/api/v1/hashes/changes"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/hashbanks/{id:long}", Reach = s_owners, Arrange = (world, organisation, _) => PrivateBankAsync(world, organisation),
            Request = owner => Get($"/api/v1/hashbanks/{owner.Resource}"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/hashbanks/{id:long}/hashes", Reach = s_owners, Arrange = (world, organisation, _) => PrivateBankAsync(world, organisation),
            Request = owner => Get($"/api/v1/hashbanks/{owner.Resource}/hashes"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/hashbanks/{id:long}/hashes", Reach = s_owners, Arrange = (world, organisation, _) => PrivateBankAsync(world, organisation),
            Request = owner => Post($"/api/v1/hashbanks/{owner.Resource}/hashes", new { hashes = new[] { new { pdq = Hash } } }),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/hashbanks/{id:long}/hashes/remove", Reach = s_owners, Arrange = (world, organisation, _) => PrivateBankAsync(world, organisation),
            Request = owner => Post($"/api/v1/hashbanks/{owner.Resource}/hashes/remove", new { hashes = new[] { Hash } }),
        },
    ];

    /// <summary>Inserted directly: organisations whose roles may not create banks (law enforcement) still need an owner row.</summary>
    private static Task<string?> PrivateBankAsync(OwnershipWorld world, long organisation) =>
        WithDbAsync<string?>(world, async db =>
        {
            HashBankRecord bank = new() { Name = Unique("bank"), OwnerOrganisationId = organisation, CreatedAt = world.Hub.Time.GetUtcNow() };
            db.HashBanks.Add(bank);
            await db.SaveChangesAsync();
            return bank.Id.ToString(CultureInfo.InvariantCulture);
        });
}

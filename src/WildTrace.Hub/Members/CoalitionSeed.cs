using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// First start: creates the coalition's organisation and its first admin API key. The key is
/// <c>WILDTRACE_ADMIN_KEY</c> when set (it must be shaped like a hub key), otherwise a new key printed once to the
/// console (stdout, not the log: logs never hold keys).
/// </summary>
internal sealed class CoalitionSeed(
    IOptions<HubStartupOptions> options, IConfiguration configuration, AuditLog audit, TimeProvider time, ILogger<CoalitionSeed> logger)
    : IHubSeed
{
    public async Task SeedAsync(WildTraceDb db, CancellationToken cancellationToken)
    {
        if (await db.ApiKeys.AnyAsync(k => k.Role == HubRole.CoalitionAdmin && k.RevokedAt == null, cancellationToken))
        {
            return;
        }

        string? configured = configuration[HubStartupOptions.AdminKeyVariable];
        string keyText;
        string keyId;
        byte[] secretHash;
        if (string.IsNullOrWhiteSpace(configured))
        {
            (keyText, keyId, secretHash) = ApiKeySecret.Create();
        }
        else if (ApiKeySecret.TryParse(configured.Trim(), out keyId, out secretHash))
        {
            keyText = "";
        }
        else
        {
            throw new InvalidOperationException(
                $"{HubStartupOptions.AdminKeyVariable} is not a hub API key (wtk_ + 12 + _ + 43 base64url characters); "
                + $"for example {ApiKeySecret.Create().Text}");
        }

        DateTimeOffset now = time.GetUtcNow();
        await using AuditedWrite write = await audit.BeginAsync(db, HubActor.System, cancellationToken);
        Organisation? coalition = await db.Organisations.SingleOrDefaultAsync(o => o.Kind == OrganisationKind.Coalition, cancellationToken);
        if (coalition is null)
        {
            coalition = new Organisation { Name = options.Value.CoalitionName, Kind = OrganisationKind.Coalition, CreatedAt = now };
            db.Organisations.Add(coalition);
            await db.SaveChangesAsync(cancellationToken);
            write.Record("organisation.create", $"organisation:{coalition.Id}", new { kind = coalition.Kind.ToString() });
        }

        db.ApiKeys.Add(new ApiKey
        {
            KeyId = keyId,
            SecretHash = secretHash,
            Name = "first admin key",
            OrganisationId = coalition.Id,
            Role = HubRole.CoalitionAdmin,
            CreatedAt = now,
        });
        write.Record("apikey.create", $"apikey:{keyId}", new { role = nameof(HubRole.CoalitionAdmin), source = keyText.Length == 0 ? "environment" : "generated" });
        await write.CommitAsync(cancellationToken);

        MembersLog.AdminKeyCreated(logger, keyId);
        if (keyText.Length > 0)
        {
            await Console.Out.WriteLineAsync(
                $"WildTrace hub: first start. One-time coalition admin API key (shown only now, store it safely):{Environment.NewLine}  {keyText}"
                + $"{Environment.NewLine}Sign in at /Account/Setup with this key to create the first admin user.");
        }
    }
}

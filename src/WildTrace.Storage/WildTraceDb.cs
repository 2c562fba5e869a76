using Microsoft.EntityFrameworkCore;
using WildTrace.Storage.Audit;
using WildTrace.Storage.Feeds;
using WildTrace.Storage.HashBanks;
using WildTrace.Storage.Idempotency;
using WildTrace.Storage.Members;
using WildTrace.Storage.Reports;
using WildTrace.Storage.Reviews;
using WildTrace.Storage.Spotters;
using WildTrace.Storage.Takedowns;
using WildTrace.Storage.Terms;
using WildTrace.Storage.Webhooks;

namespace WildTrace.Storage;

/// <summary>
/// The hub's database: the unit of work, with one <see cref="DbSet{TEntity}"/> per aggregate (no repositories on top).
/// <see cref="SqliteWildTraceDb"/> and <see cref="PostgresWildTraceDb"/> exist only to own their provider's migrations.
/// </summary>
public abstract class WildTraceDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<TermRecord> Terms => Set<TermRecord>();

    public DbSet<TermHistoryEntry> TermHistory => Set<TermHistoryEntry>();

    public DbSet<FeedSequence> FeedSequences => Set<FeedSequence>();

    public DbSet<HashBankRecord> HashBanks => Set<HashBankRecord>();

    public DbSet<BankedHash> BankedHashes => Set<BankedHash>();

    public DbSet<TakedownReport> TakedownReports => Set<TakedownReport>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ReportCase> ReportCases => Set<ReportCase>();

    public DbSet<SpotterReport> SpotterReports => Set<SpotterReport>();

    public DbSet<ReportScreenshot> ReportScreenshots => Set<ReportScreenshot>();

    public DbSet<ReviewDecision> ReviewDecisions => Set<ReviewDecision>();

    public DbSet<PlatformRoute> PlatformRoutes => Set<PlatformRoute>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<SpotterRound> SpotterRounds => Set<SpotterRound>();

    public DbSet<SpotterRoundMember> SpotterRoundMembers => Set<SpotterRoundMember>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name: a reordered enum must never change what a stored row means.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Listed explicitly (no assembly scanning), one configuration per entity, next to the entity it configures.
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new UserConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new TermRecordConfiguration());
        modelBuilder.ApplyConfiguration(new TermHistoryEntryConfiguration());
        modelBuilder.ApplyConfiguration(new FeedSequenceConfiguration());
        modelBuilder.ApplyConfiguration(new HashBankRecordConfiguration());
        modelBuilder.ApplyConfiguration(new BankedHashConfiguration());
        modelBuilder.ApplyConfiguration(new TakedownReportConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ReportCaseConfiguration());
        modelBuilder.ApplyConfiguration(new SpotterReportConfiguration());
        modelBuilder.ApplyConfiguration(new ReportScreenshotConfiguration());
        modelBuilder.ApplyConfiguration(new ReviewDecisionConfiguration());
        modelBuilder.ApplyConfiguration(new PlatformRouteConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookEndpointConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new SpotterRoundConfiguration());
        modelBuilder.ApplyConfiguration(new SpotterRoundMemberConfiguration());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WildTrace.Hub.Metrics;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Metrics;

public sealed class ReportMetricsApiTests
{
    private static readonly string[] s_novemberWeeks = ["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"];

    private static readonly int[] s_novemberWeekReports = [0, 1, 0, 0, 0];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<StorageKind> Storages => HubTheories.Storages();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Known_history_gives_exact_volumes_times_accuracy_platforms_and_weeks(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        KnownHistory history = await KnownHistory.BuildAsync(hub, hub.CreateClient);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        ReportMetricsResponse m = (await admin.GetFromJsonAsync<ReportMetricsResponse>("/api/v1/metrics/reports", Cancel))!;

        // Volumes and accuracy (per report: 3 confirmed of 4 decided)
        Assert.Equal((5, 5, 1, 3, 1, 2), (m.ReportsReceived, m.Cases, m.OpenCases, m.ConfirmedCases, m.RejectedCases, m.RemovedCases));
        Assert.Equal(0.75, m.Accuracy);
        // Times (hours): decisions 2, 4, 10, 20; removals 10, 4
        Assert.Equal(new DurationSummary(4, 7, 20), m.TimeToDecision);
        Assert.Equal(new DurationSummary(2, 7, 10), m.TimeToRemoval);
        Assert.Equal((7d, 7d), (m.MedianHoursToDecision, m.MedianHoursToRemoval));
        // Every case was decided by hand
        Assert.Equal((0, 4, 0d), (m.CasesDecidedAutomatically, m.CasesDecidedByHand, m.AutomaticDecisionShare));
        // Spotters, by user id, with names for analysts
        Assert.Equal(
            new SpotterAccuracy[] { new(history.AnaId, 2, 1, 1, 1.0, KnownHistory.AnaName), new(history.BoId, 2, 2, 1, 0.5, KnownHistory.BoName) },
            m.Spotters);
        // Platforms
        Assert.Equal(
            new PlatformRemoval[] { new("market.example", 2, 1, 1, 0, 4), new("shop-a.example", 1, 1, 0, 0, 10) },
            m.Platforms);
        // Twelve ISO weeks up to today's (2026-W46), quiet weeks included
        Assert.Equal(ReportMetrics.WeeksShown, m.Weeks.Count);
        Assert.Equal(new WeeklyReportCount("2026-W35", new DateOnly(2026, 8, 24), 0), m.Weeks[0]);
        Assert.Equal(
            new WeeklyReportCount[] { new("2026-W44", new DateOnly(2026, 10, 26), 4), new("2026-W45", new DateOnly(2026, 11, 2), 0), new("2026-W46", new DateOnly(2026, 11, 9), 1) },
            m.Weeks.TakeLast(3));
        Assert.Equal(5, m.Weeks.Sum(w => w.Reports));
        Assert.Equal((null, null), (m.From, m.To));
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Period_selects_reports_filed_and_cases_first_reported_in_it(StorageKind storage)
    {
        await using HubHost hub = await HubHost.StartAsync(storage);
        KnownHistory history = await KnownHistory.BuildAsync(hub, hub.CreateClient);
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        ReportMetricsResponse later = (await admin.GetFromJsonAsync<ReportMetricsResponse>("/api/v1/metrics/reports?from=2026-11-02&to=2026-11-30", Cancel))!;
        ReportMetricsResponse firstDay = (await admin.GetFromJsonAsync<ReportMetricsResponse>("/api/v1/metrics/reports?to=2026-11-01", Cancel))!;

        // From 2 November: only case 5 (Bo's), decided after 20 h, removed 4 h after routing
        Assert.Equal((1, 1, 1), (later.ReportsReceived, later.Cases, later.RemovedCases));
        Assert.Equal(new DurationSummary(1, 20, 20), later.TimeToDecision);
        Assert.Equal(new DurationSummary(1, 4, 4), later.TimeToRemoval);
        Assert.Equal(new SpotterAccuracy[] { new(history.BoId, 1, 1, 1, 1.0, KnownHistory.BoName) }, later.Spotters);
        Assert.Equal(new PlatformRemoval[] { new("market.example", 1, 1, 0, 0, 4) }, later.Platforms);
        Assert.Equal(s_novemberWeeks, later.Weeks.Select(w => w.Week));
        Assert.Equal(s_novemberWeekReports, later.Weeks.Select(w => w.Reports));
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 30)), (later.From, later.To));
        // Up to 1 November (the whole day): the first four cases; decisions made later still count
        Assert.Equal((4, 4, 1), (firstDay.ReportsReceived, firstDay.Cases, firstDay.OpenCases));
        Assert.Equal(new DurationSummary(3, 4, 10), firstDay.TimeToDecision);
        Assert.Equal(new WeeklyReportCount("2026-W44", new DateOnly(2026, 10, 26), 4), firstDay.Weeks[^1]);
    }

    [Theory]
    // Not a date, or not in yyyy-MM-dd
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=01/11/2026", "from")]
    // A period that ends before it starts
    [InlineData("from=2026-11-02&to=2026-11-01", "to")]
    public async Task Bad_period_is_a_validation_problem_naming_the_field(string query, string field)
    {
        await using HubHost hub = await HubHost.StartAsync();
        using HttpClient admin = hub.CreateClient(hub.AdminKey);

        using HttpResponseMessage response = await admin.GetAsync("/api/v1/metrics/reports?" + query, Cancel);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/problems/validation", problem.RootElement.GetProperty("type").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Theory]
    // Spotters and platforms see no programme figures; coalition analysts and admins do
    [InlineData(OrganisationKind.Spotters, HubRole.Spotter, HttpStatusCode.Forbidden)]
    [InlineData(OrganisationKind.Platform, HubRole.MemberEngineer, HttpStatusCode.Forbidden)]
    [InlineData(OrganisationKind.Platform, HubRole.MemberReviewer, HttpStatusCode.Forbidden)]
    [InlineData(OrganisationKind.LawEnforcement, HubRole.LawEnforcement, HttpStatusCode.Forbidden)]
    [InlineData(OrganisationKind.Coalition, HubRole.Analyst, HttpStatusCode.OK)]
    public async Task Only_coalition_staff_read_the_metrics(OrganisationKind kind, HubRole role, HttpStatusCode expected)
    {
        await using HubHost hub = await HubHost.StartAsync();
        string key = kind == OrganisationKind.Coalition
            ? await TestMembers.AddKeyAsync(hub, TestMembers.CoalitionId(hub), role)
            : (await TestMembers.AddAsync(hub, "Organisation", kind, role)).Key;
        using HttpClient caller = hub.CreateClient(key);

        using HttpResponseMessage response = await caller.GetAsync("/api/v1/metrics/reports?from=2026-11-01", Cancel);

        Assert.Equal(expected, response.StatusCode);
    }
}

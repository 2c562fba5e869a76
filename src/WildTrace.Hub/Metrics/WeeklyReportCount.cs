namespace WildTrace.Hub.Metrics;

/// <summary>Reports received in one ISO week (Monday to Sunday, UTC); <see cref="Week"/> reads like <c>2026-W48</c>.</summary>
internal sealed record WeeklyReportCount(string Week, DateOnly Monday, int Reports);

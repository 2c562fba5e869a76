using System.Globalization;

namespace WildTrace.Hub.Metrics;

/// <summary>
/// The days the figures cover: whole UTC days, both ends included, either end open. Days rather than instants because
/// the coalition reports by calendar period ("October"), and UTC so that two analysts in different time zones read the
/// same numbers.
/// </summary>
internal sealed record MetricsPeriod(DateOnly? From, DateOnly? To)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static MetricsPeriod All { get; } = new(null, null);

    /// <summary>The first instant inside the period, or null when it has no start.</summary>
    public DateTimeOffset? Start => From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first instant after the period (exclusive), or null when it has no end.</summary>
    public DateTimeOffset? End => To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public bool Contains(DateTimeOffset instant) => (Start is null || instant >= Start) && (End is null || instant < End);

    /// <summary>
    /// Parses the query's <c>from</c> and <c>to</c> (ISO dates, each optional). On failure, <paramref name="errors"/>
    /// names each bad field with a sentence a person can act on.
    /// </summary>
    public static bool TryParse(string? from, string? to, out MetricsPeriod period, out Dictionary<string, string[]> errors)
    {
        errors = [];
        DateOnly? fromDate = ParseDate("from", from, errors);
        DateOnly? toDate = ParseDate("to", to, errors);
        if (fromDate > toDate)
        {
            errors["to"] = ["'to' must be on or after 'from'."];
        }

        period = errors.Count == 0 ? new MetricsPeriod(fromDate, toDate) : All;
        return errors.Count == 0;
    }

    private static DateOnly? ParseDate(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        errors[name] = [$"'{name}' must be a date written as {DateFormat}, e.g. 2026-10-31."];
        return null;
    }
}

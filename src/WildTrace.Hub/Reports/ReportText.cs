namespace WildTrace.Hub.Reports;

/// <summary>The public report pages' wording in one language (see <see cref="ReportTexts"/>).</summary>
internal sealed record ReportText(
    string Code,
    string Title,
    string Intro,
    string UrlLabel,
    string UrlHint,
    string PlatformLabel,
    string SpeciesLabel,
    string SpeciesOther,
    string DescriptionLabel,
    string ListingTextLabel,
    string ListingTextHint,
    string LanguageLabel,
    string ScreenshotsLabel,
    string ScreenshotsHint,
    string ContactLabel,
    string ContactHint,
    string Submit,
    string ErrorHeading,
    string StatusTitle,
    string KeepLink,
    string Received,
    string Confirmed,
    string NotActionable,
    string Removed,
    string NotViolating,
    string AlreadyGone)
{
    public string State(string state) => state switch
    {
        "confirmed" => Confirmed,
        "notActionable" => NotActionable,
        "removed" => Removed,
        "notViolating" => NotViolating,
        "alreadyGone" => AlreadyGone,
        _ => Received,
    };
}

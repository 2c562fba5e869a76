namespace WildTrace.Detection.Scanning;

/// <summary>The text field of a <see cref="Listing"/> that a match was found in.</summary>
public enum ListingField
{
    /// <summary><see cref="Listing.Title"/>.</summary>
    Title = 0,

    /// <summary><see cref="Listing.Text"/>.</summary>
    Text = 1,
}

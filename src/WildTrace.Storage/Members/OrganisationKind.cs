namespace WildTrace.Storage.Members;

/// <summary>What kind of coalition member an organisation is; it bounds which roles its people and keys may hold.</summary>
public enum OrganisationKind
{
    /// <summary>The coalition secretariat itself (coalition admins and analysts).</summary>
    Coalition = 0,

    /// <summary>A member tech platform: marketplace, social network, search engine, chat app.</summary>
    Platform = 1,

    /// <summary>A conservation partner such as WWF, TRAFFIC or IFAW.</summary>
    ConservationPartner = 2,

    /// <summary>A law-enforcement agency that receives escalated cases.</summary>
    LawEnforcement = 3,

    /// <summary>The public pool that citizen spotters belong to.</summary>
    Spotters = 4,
}

namespace WildTrace.Storage.Members;

/// <summary>What a user or API key may do in the hub. Stored by name, so reordering never changes meaning.</summary>
public enum HubRole
{
    /// <summary>Runs the coalition: members, keys, audit log, term approval.</summary>
    CoalitionAdmin = 0,

    /// <summary>Coalition or partner analyst: curates terms, reviews reports and queues.</summary>
    Analyst = 1,

    /// <summary>A member platform's engineer: scans, feeds, its own hash banks and keys' use.</summary>
    MemberEngineer = 2,

    /// <summary>A member platform's reviewer: sees its platform's queue and reports takedowns.</summary>
    MemberReviewer = 3,

    /// <summary>Law enforcement: reads the cases escalated to its agency.</summary>
    LawEnforcement = 4,

    /// <summary>A registered citizen spotter: files reports and sees their own.</summary>
    Spotter = 5,
}

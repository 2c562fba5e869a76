namespace WildTrace.Hub.Tests.Ownership;

/// <summary>Whose resource a matrix cell touches: the caller's own organisation's, or another organisation's.</summary>
public enum OwnershipSide
{
    Own,
    Other,
}

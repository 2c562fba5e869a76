using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Ownership;

/// <summary>
/// The organisation that owns a matrix cell's resource, and the value <see cref="OwnershipCase.Arrange"/> returned for it
/// (an id or key id for the route; null when the case arranges nothing).
/// </summary>
public sealed record OwnedBy(long OrganisationId, OrganisationKind Kind, string? Resource);

using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>A new member organisation.</summary>
internal sealed record CreateOrganisationRequest(
    [property: Required, StringLength(Organisation.MaxNameLength, MinimumLength = 1)] string Name,
    OrganisationKind Kind);

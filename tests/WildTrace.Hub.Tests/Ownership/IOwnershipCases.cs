namespace WildTrace.Hub.Tests.Ownership;

/// <summary>
/// One feature's ownership cases. Add one class per feature in Ownership/Cases/ (a public sealed class with a
/// parameterless constructor); the matrix finds it by reflection, so no central list needs editing.
/// </summary>
public interface IOwnershipCases
{
    IEnumerable<OwnershipCase> Cases { get; }
}

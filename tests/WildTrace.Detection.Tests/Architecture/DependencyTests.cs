using System.Reflection;
using System.Runtime.CompilerServices;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Architecture;

public sealed class DependencyTests
{
    private static readonly Assembly s_detection = typeof(TextNormalizer).Assembly;

    [Fact]
    public void Detection_references_only_the_bcl_imagesharp_and_libphonenumber()
    {
        // The engine is embedded by platforms: no ASP.NET Core, no EF Core, no logging framework (docs/ARCHITECTURE.md).
        // libphonenumber-csharp is allowed by name, as one assembly (docs/decisions/0003-libphonenumber-for-contact-signals.md).
        string[] allowedPrefixes = ["System", "Microsoft.Win32", "netstandard", "mscorlib", "SixLabors.ImageSharp"];
        string[] allowedNames = ["PhoneNumbers"];

        string[] others = [.. s_detection.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? "")
            .Where(name => !allowedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)) && !allowedNames.Contains(name))];

        Assert.Empty(others);
    }

    [Fact]
    public void Detection_has_no_public_settable_properties_or_fields()
    {
        // Everything shared (matcher, term pack, hash bank) is immutable; init-only setters are allowed.
        string[] mutable = [.. s_detection.GetExportedTypes()
            .Where(type => !type.IsEnum && !typeof(Delegate).IsAssignableFrom(type))
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(property => property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(property => $"{type.FullName}.{property.Name}")
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(field => !field.IsInitOnly && !field.IsLiteral)
                    .Select(field => $"{type.FullName}.{field.Name}")))];

        Assert.Empty(mutable);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}

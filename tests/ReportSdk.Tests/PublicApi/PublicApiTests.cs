using PublicApiGenerator;
using ReportSdk.Testing;

namespace ReportSdk.Tests.PublicApi;

/// <summary>
/// The public API of the packages, approved in files under PublicApi/. A renamed or removed
/// member — in the dataset, a renamed report, section, target or indicator key — fails with
/// the changed lines; approving it is a breaking change and needs a major version
/// (docs/versioning.md).
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void ReportSdk_public_api_is_approved()
    {
        Approve(typeof(Report).Assembly, "ReportSdk.approved.txt");
    }

    [Fact]
    public void ReportSdk_Luoyang_public_api_is_approved()
    {
        Approve(typeof(Luoyang.Reports).Assembly, "ReportSdk.Luoyang.approved.txt");
    }

    [Fact]
    public void No_runtime_type_has_a_public_or_protected_constructor_of_more_than_three_parameters()
    {
        var wide = typeof(Report).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetConstructors(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance))
            .Where(c => (c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly) && c.GetParameters().Length > 3)
            .Select(c => $"{c.DeclaringType!.Name}({c.GetParameters().Length})")
            .ToList();

        Assert.Empty(wide);
    }

    private static void Approve(System.Reflection.Assembly assembly, string file)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Version stamps change with every commit, and test access is no API.
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute", "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });
        Snapshot.Match(Path.Combine(RepoPaths.TestProject("ReportSdk.Tests"), "PublicApi", file), api + "\n");
    }
}

using Xunit;

namespace ReportSdk.Tests.BuildTransitive;

/// <summary>
/// The package's MSBuild reads a project's report data from <c>./data</c> by default. A project
/// whose folder still has the old name, <c>./schemas</c>, and no <c>./data</c>, keeps building from
/// it for one more major version, with one warning REPORTSDK0002 that says so (the reportsdk tool
/// gives the same, tests/ReportSdk.Cli.Tests/Commands/DefaultDataFolderTests.cs).
/// </summary>
public class DataFolderTests
{
    // Compiles only when the generator read the sample report: the typed member comes from its YAML.
    private const string Program = "System.Console.WriteLine(Consumer.Reports.Headline2021.Id);\n";

    [Fact]
    public void A_project_with_data_builds_from_it_without_a_warning()
    {
        using var consumer = new ConsumerProject("reportsdk-data-");
        consumer.WriteProject("net10.0", Program);
        consumer.CopySampleData("data");

        var (exit, output) = consumer.Build();

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(ConsumerProject.Lines(output, "warning"), l => l.Contains("REPORTSDK", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_with_only_the_old_schemas_folder_builds_from_it_with_one_warning()
    {
        using var consumer = new ConsumerProject("reportsdk-schemas-");
        consumer.WriteProject("net10.0", Program);
        consumer.CopySampleData("schemas");

        var (exit, output) = consumer.Build();

        Assert.True(exit == 0, output);
        var warning = Assert.Single(ConsumerProject.Lines(output, "warning"), l => l.Contains("REPORTSDK", StringComparison.Ordinal));
        Assert.Contains("warning REPORTSDK0002: no 'data' folder, so 'schemas' is read: 'schemas' is the old name of the data folder and the next major version stops reading it; rename it to 'data' (git mv schemas data), or set ReportSdkDataFolder.", warning);
    }
}

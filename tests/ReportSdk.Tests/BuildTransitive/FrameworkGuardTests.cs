using Xunit;

namespace ReportSdk.Tests.BuildTransitive;

/// <summary>
/// The package's MSBuild (src/ReportSdk/buildTransitive/ReportSdk.targets) stops a project that
/// targets a framework below net10.0 with one error that names net10.0, before anything is
/// compiled. Without the guard such a project restores, gets no runtime assembly, and fails
/// with dozens of errors inside the generated code.
/// </summary>
public class FrameworkGuardTests
{
    [Fact]
    public void A_net8_project_with_report_data_gets_one_error_naming_net10()
    {
        using var consumer = new ConsumerProject("reportsdk-net8-");
        consumer.WriteProject("net8.0", "System.Console.WriteLine(1);\n");
        consumer.CopySampleData("data");

        var (exit, output) = consumer.Build();

        Assert.NotEqual(0, exit);
        var error = Assert.Single(ConsumerProject.Lines(output, "error"));
        Assert.Contains("error REPORTSDK0001:", error);
        Assert.Contains("needs net10.0 or later", error);
        Assert.Contains("targets net8.0", error);
    }
}

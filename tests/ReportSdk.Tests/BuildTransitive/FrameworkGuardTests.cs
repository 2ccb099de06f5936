using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportSdk.Testing;
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
        var folder = Directory.CreateTempSubdirectory("reportsdk-net8-").FullName;
        try
        {
            // The consumer of the package, as NuGet would wire it: the package's targets and the
            // generator (with the dlls beside it) as an analyzer, and a folder of report data.
            var generator = Path.Combine(RepoPaths.Root, "generator", "ReportSdk.Generator", "bin", Configuration, "netstandard2.0");
            var targets = Path.Combine(RepoPaths.Root, "src", "ReportSdk", "buildTransitive", "ReportSdk.targets");
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net8.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{generator}/ReportSdk.Generator.dll;{generator}/ReportSdk.Compiler.dll;{generator}/YamlDotNet.dll" />
                  </ItemGroup>
                  <Import Project="{targets}" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(1);\n");
            CopyFolder(Path.Combine(RepoPaths.Root, "samples", "OwnReports", "data"), Path.Combine(folder, "data"));

            var (exit, output) = DotnetBuild(folder);

            Assert.NotEqual(0, exit);
            // MSBuild prints each error twice (as it happens and in the summary): count distinct ones.
            var errors = output.Split('\n').Where(line => Regex.IsMatch(line, @": error [A-Z]+[0-9]+:")).Select(line => line.Trim()).Distinct().ToList();
            var error = Assert.Single(errors);
            Assert.Contains("error REPORTSDK0001:", error);
            Assert.Contains("needs net10.0 or later", error);
            Assert.Contains("targets net8.0", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static (int Exit, string Output) DotnetBuild(string folder)
    {
        var start = new ProcessStartInfo("dotnet", ["build", "-nologo", "-clp:NoSummary;ForceNoAlign", "-p:TreatWarningsAsErrors=false"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild variables would point the child build at this build's SDK state.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH" }) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

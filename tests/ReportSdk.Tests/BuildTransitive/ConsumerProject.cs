using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportSdk.Testing;

namespace ReportSdk.Tests.BuildTransitive;

/// <summary>
/// A project in a temporary folder that consumes the package as NuGet would wire it: the package's
/// targets (src/ReportSdk/buildTransitive/ReportSdk.targets) and the generator, with the dlls beside
/// it, as an analyzer; built with <c>dotnet build</c>.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(string prefix) => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Folder { get; }

    /// <summary>Writes Consumer.csproj for <paramref name="framework"/>; on net10.0 it references the runtime these tests run with.</summary>
    public void WriteProject(string framework, string program)
    {
        var generator = Path.Combine(RepoPaths.Root, "generator", "ReportSdk.Generator", "bin", Configuration, "netstandard2.0");
        var targets = Path.Combine(RepoPaths.Root, "src", "ReportSdk", "buildTransitive", "ReportSdk.targets");
        // The generator's build output lacks YamlDotNet (the package carries it from NuGet's folder); these tests have a copy.
        var yaml = Path.Combine(AppContext.BaseDirectory, "YamlDotNet.dll");
        var runtime = framework == "net10.0" ? $"<Reference Include=\"{typeof(Report).Assembly.Location}\" />" : "";
        File.WriteAllText(Path.Combine(Folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{framework}</TargetFramework>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}/ReportSdk.Generator.dll;{generator}/ReportSdk.Compiler.dll;{yaml}" />
                {runtime}
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Folder, "Program.cs"), program);
    }

    /// <summary>Copies the OwnReports sample's data (one report, its registries and source) into <paramref name="name"/> here.</summary>
    public void CopySampleData(string name)
    {
        var from = Path.Combine(RepoPaths.Root, "samples", "OwnReports", "data");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, name, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Builds the project; its exit code and everything it printed.</summary>
    public (int Exit, string Output) Build()
    {
        var start = new ProcessStartInfo("dotnet", ["build", "-nologo", "-clp:NoSummary;ForceNoAlign", "-p:TreatWarningsAsErrors=false"])
        {
            WorkingDirectory = Folder,
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

    /// <summary>The distinct lines of <paramref name="output"/> with a diagnostic of that level (MSBuild prints each twice).</summary>
    public static List<string> Lines(string output, string level)
        => output.Split('\n').Where(line => Regex.IsMatch(line, $@": {level} [A-Z]+[0-9]+:")).Select(line => line.Trim()).Distinct().ToList();

    public void Dispose() => Directory.Delete(Folder, recursive: true);

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}

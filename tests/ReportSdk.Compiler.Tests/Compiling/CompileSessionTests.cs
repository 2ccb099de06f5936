using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Testing;

namespace ReportSdk.Compiler.Tests.Compiling;

public class CompileSessionTests
{
    private const string Good = "quote: \"生产总值增长8%以上\"";
    private const string Broken = "quote: \"生产总值增长9%以上\"";
    private const string Report = "reports/luoyang/luoyang-2021-gwr.yaml";

    [Fact]
    public void A_second_compile_of_the_same_files_parses_and_checks_nothing_again_and_gives_the_same_dataset()
    {
        var files = SchemaFiles();
        var session = new CompileSession();
        var first = session.Compile(files);
        Assert.Equal(5, session.ParsedLastRun);
        Assert.Equal(5, session.CheckedLastRun);

        var second = session.Compile(files.Select(f => new InputFile(f.Path, new string(f.Text.AsSpan()))).ToList());

        Assert.Equal(0, session.ParsedLastRun);
        Assert.Equal(0, session.CheckedLastRun);
        AssertSame(DatasetCompiler.Compile(files), second);
        AssertSame(first, second);
    }

    [Fact]
    public void An_edited_report_is_parsed_and_checked_again_alone_and_the_result_is_that_of_a_fresh_compile()
    {
        var files = SchemaFiles();
        var session = new CompileSession();
        session.Compile(files);

        var edited = Edit(files, Report, text => text.Replace(Good, Broken, StringComparison.Ordinal));
        var run = session.Compile(edited);

        Assert.Equal(1, session.ParsedLastRun);
        Assert.Equal(1, session.CheckedLastRun);
        Assert.Equal("RS3001", Assert.Single(run.Findings).Id);
        Assert.Equal(4, run.Reports.Count);
        AssertSame(DatasetCompiler.Compile(edited), run);
    }

    [Fact]
    public void A_comment_added_to_a_report_parses_it_again_but_does_not_check_it_again()
    {
        var files = SchemaFiles();
        var session = new CompileSession();
        session.Compile(files);

        session.Compile(Edit(files, Report, text => text + "# a comment\n"));

        Assert.Equal(1, session.ParsedLastRun);
        Assert.Equal(0, session.CheckedLastRun);
    }

    [Fact]
    public void An_edited_registry_checks_every_report_again_without_parsing_them()
    {
        var files = SchemaFiles();
        var session = new CompileSession();
        session.Compile(files);

        var edited = Edit(files, "units.yaml", text => text + "  - {code: mu, name: 亩, english: mu, dimension: land-area, scale: 1}\n");
        var run = session.Compile(edited);

        Assert.Equal(0, session.ParsedLastRun);
        Assert.Equal(5, session.CheckedLastRun);
        AssertSame(DatasetCompiler.Compile(edited), run);
    }

    [Fact]
    public void A_report_removed_is_forgotten_and_one_added_back_is_parsed_again()
    {
        var files = SchemaFiles();
        var session = new CompileSession();
        session.Compile(files);

        var without = files.Where(f => !f.Path.EndsWith(Report, StringComparison.Ordinal)).ToList();
        Assert.Equal(4, session.Compile(without).Reports.Count);
        Assert.Equal(0, session.CheckedLastRun);

        var again = session.Compile(files);
        Assert.Equal(1, session.ParsedLastRun);
        Assert.Equal(5, again.Reports.Count);
    }

    private static List<InputFile> SchemaFiles()
    {
        var root = Path.Combine(RepoPaths.Root, "data");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => DatasetCompiler.IsYaml(p) || DatasetCompiler.IsSource(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new InputFile(p.Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    private static List<InputFile> Edit(List<InputFile> files, string pathEnd, Func<string, string> edit)
    {
        var found = false;
        var edited = files.Select(f =>
        {
            if (!f.Path.EndsWith(pathEnd, StringComparison.Ordinal)) return f;
            found = true;
            var text = edit(f.Text);
            Assert.NotEqual(f.Text, text);
            return f with { Text = text };
        }).ToList();
        Assert.True(found, pathEnd + " is not among the schemas");
        return edited;
    }

    private static void AssertSame(CompiledDataset expected, CompiledDataset actual)
    {
        Assert.Equal(expected.Findings.Select(Describe), actual.Findings.Select(Describe));
        Assert.Equal(expected.Reports, actual.Reports);
        Assert.Equal(expected.PrintedRegistry, actual.PrintedRegistry);
        Assert.Equal(expected.ContentHash, actual.ContentHash);
        Assert.Equal(expected.FileCount, actual.FileCount);
    }

    private static string Describe(Finding f) => $"{f.Location.Path}({f.Location.Line},{f.Location.Column}-{f.Location.EndLine},{f.Location.EndColumn}) {f.Level} {f.Id}: {f.Message}";
}

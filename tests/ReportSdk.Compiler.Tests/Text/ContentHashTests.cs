using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

public class ContentHashTests
{
    private static readonly (string Name, string Text)[] Files =
    {
        ("units.yaml", MinimalReport.UnitsYaml),
        ("reports/test/test-2021-gwr.yaml", new MinimalReport().Yaml),
        ("sources/test-2021-gwr.txt", MinimalReport.Source),
    };

    private static string HashUnder(string folder, IEnumerable<(string Name, string Text)> files)
        => ContentHash.Compute(files.Select(f => (folder + "/" + f.Name, Sha256.OfText(f.Text))));

    [Fact]
    public void Hash_does_not_depend_on_the_folder_the_files_sit_in()
    {
        Assert.Equal(HashUnder("/home/a/repo/data", Files), HashUnder("C:/build/agent/_work/1/s/data", Files));
    }

    [Fact]
    public void Hash_of_files_on_disk_does_not_depend_on_their_folder()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var hashes = new List<string>();
        foreach (var (folder, under) in new[] { (first, "data"), (second, Path.Combine("deeper", "still", "data")) })
        {
            var inputs = Files.Select(f => folder.Write(Path.Combine(under, f.Name), f.Text))
                .Select(path => (SourcePaths.Normalize(path), Sha256.OfText(File.ReadAllText(path))))
                .ToList();
            hashes.Add(ContentHash.Compute(inputs));
        }

        Assert.Equal(hashes[0], hashes[1]);
    }

    [Fact]
    public void Hash_does_not_depend_on_the_order_of_the_inputs()
    {
        Assert.Equal(HashUnder("/r", Files), HashUnder("/r", Files.Reverse()));
    }

    [Fact]
    public void Hash_does_not_depend_on_line_endings()
    {
        var crlf = Files.Select(f => (f.Name, f.Text.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(HashUnder("/r", Files), HashUnder("/r", crlf));
    }

    [Fact]
    public void Hash_changes_when_a_text_changes()
    {
        var changed = Files.Select(f => f.Name.EndsWith(".txt", StringComparison.Ordinal) ? (f.Name, f.Text + "补充。\n") : f);

        Assert.NotEqual(HashUnder("/r", Files), HashUnder("/r", changed));
    }

    [Fact]
    public void Hash_changes_when_a_file_is_renamed()
    {
        var renamed = Files.Select(f => f.Name.EndsWith(".txt", StringComparison.Ordinal) ? ("sources/other.txt", f.Text) : f);

        Assert.NotEqual(HashUnder("/r", Files), HashUnder("/r", renamed));
    }

    [Theory]
    [InlineData(new[] { "/a/b/x.yaml", "/a/b/c/y.yaml" }, "/a/b/")]
    [InlineData(new[] { "/a/b/x.yaml", "/a/bc/y.yaml" }, "/a/")]
    [InlineData(new[] { "/a/b/x.yaml" }, "/a/b/")]
    [InlineData(new[] { "C:/a/x.yaml", "D:/a/x.yaml" }, "")]
    [InlineData(new string[0], "")]
    public void Common_folder_is_the_longest_shared_folder_prefix(string[] paths, string expected)
    {
        Assert.Equal(expected, ContentHash.CommonFolder(paths));
    }
}

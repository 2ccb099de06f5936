using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Loading;

/// <summary>Which files a folder holds: each once, whatever symbolic links lead into or around it.</summary>
public class DataFilesTests
{
    [Fact]
    public void Folder_symlinks_back_to_the_folder_or_above_are_reported_once_each_and_not_followed()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var expected = Relative(root, DataFiles.Read(new[] { root }));
        if (!SymbolicLinks.TryFolder(Path.Combine(root, "self"), ".")) return;
        SymbolicLinks.TryFolder(Path.Combine(root, "reports", "luoyang", "up"), Path.Combine("..", ".."));
        var warnings = new List<string>();

        var files = DataFiles.Read(new[] { root }, warnings.Add);

        Assert.Equal(expected, Relative(root, files));
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains($"'{CliRunner.Display(Path.Combine(root, "self"))}'", StringComparison.Ordinal) && w.Contains("symlink loop", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains($"'{CliRunner.Display(Path.Combine(root, "reports", "luoyang", "up"))}'", StringComparison.Ordinal) && w.Contains("symlink loop", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symlink_loop_between_two_folders_is_read_once()
    {
        using var temp = new TempFolder();
        var a = Directory.CreateDirectory(temp.File("data", "a")).FullName;
        var b = Directory.CreateDirectory(temp.File("data", "b")).FullName;
        File.WriteAllText(Path.Combine(a, "a.yaml"), "a: 1\n");
        File.WriteAllText(Path.Combine(b, "b.yaml"), "b: 1\n");
        if (!SymbolicLinks.TryFolder(Path.Combine(a, "to-b"), b)) return;
        SymbolicLinks.TryFolder(Path.Combine(b, "to-a"), a);
        var warnings = new List<string>();

        var files = DataFiles.Read(new[] { temp.File("data") }, warnings.Add);

        Assert.Equal(new[] { "a/a.yaml", "b/b.yaml" }, Relative(temp.File("data"), files));
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("read already", w, StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_symlink_to_a_folder_read_already_is_skipped_and_its_files_keep_their_real_path()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var expected = Relative(root, DataFiles.Read(new[] { root }));
        // 'alias' sorts before 'luoyang': links are followed only after the real folders
        if (!SymbolicLinks.TryFolder(Path.Combine(root, "reports", "alias"), "luoyang")) return;
        var warnings = new List<string>();

        var files = DataFiles.Read(new[] { root }, warnings.Add);

        Assert.Equal(expected, Relative(root, files));
        var warning = Assert.Single(warnings);
        Assert.Contains($"'{CliRunner.Display(Path.Combine(root, "reports", "alias"))}'", warning, StringComparison.Ordinal);
        Assert.Contains("read already", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_symlink_to_a_folder_elsewhere_is_followed()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.File("data")).FullName;
        var elsewhere = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "r.yaml"), "id: r\n");
        if (!SymbolicLinks.TryFolder(Path.Combine(data, "linked"), elsewhere)) return;
        var warnings = new List<string>();

        var files = DataFiles.Read(new[] { data }, warnings.Add);

        Assert.Equal(new[] { "linked/r.yaml" }, Relative(data, files));
        Assert.Equal("id: r\n", files[0].Text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_file_reached_by_a_symlink_too_is_read_once_by_its_real_path()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "b.yaml"), "id: b\n");
        if (!SymbolicLinks.TryFile(Path.Combine(data, "a.yaml"), "b.yaml")) return;

        var files = DataFiles.Read(new[] { data, Path.Combine(data, "a.yaml") });

        Assert.Equal(new[] { "b.yaml" }, Relative(data, files));
    }

    [Fact]
    public void Dangling_and_looping_file_symlinks_are_reported_and_skipped()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "real.yaml"), "id: r\n");
        if (!SymbolicLinks.TryFile(Path.Combine(data, "dangling.yaml"), "nowhere.yaml")) return;
        SymbolicLinks.TryFile(Path.Combine(data, "self.yaml"), "self.yaml");
        var warnings = new List<string>();

        var files = DataFiles.Read(new[] { data }, warnings.Add);

        Assert.Equal(new[] { "real.yaml" }, Relative(data, files));
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("dangling.yaml", StringComparison.Ordinal) && w.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("self.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_given_twice_or_inside_another_given_is_read_once()
    {
        var once = DataFiles.Read(new[] { Repo.Data });
        var again = DataFiles.Read(new[] { Repo.DataFile("reports"), Repo.Data, Repo.Data, Repo.DataFile("units.yaml") });

        Assert.Equal(once.Select(f => f.Path), again.Select(f => f.Path));
    }

    [Fact]
    public void Real_paths_resolve_links_and_dot_dot_physically_and_keep_parts_that_do_not_exist()
    {
        using var temp = new TempFolder();
        var deep = Directory.CreateDirectory(temp.File("a", "b", "c")).FullName;
        var real = RealPaths.Of(temp.Path);
        Assert.Equal(Path.Combine(real, "a", "b", "c"), RealPaths.Of(deep));
        Assert.Equal(Path.Combine(real, "a", "new", "file.json"), RealPaths.Of(Path.Combine(deep, "..", "..", "new", "file.json")));
        if (!SymbolicLinks.TryFolder(temp.File("link"), Path.Combine("a", "b", "c"))) return;

        // physically, link/.. is a/b, not the temporary folder
        Assert.Equal(Path.Combine(real, "a", "b", "c"), RealPaths.Of(temp.File("link")));
        Assert.Equal(Path.Combine(real, "a", "b", "x.yaml"), RealPaths.Of(Path.Combine(temp.File("link"), "..", "x.yaml")));
        SymbolicLinks.TryFile(temp.File("loop"), "loop");
        Assert.Throws<IOException>(() => RealPaths.Of(temp.File("loop")));
    }

    private static string[] Relative(string root, IEnumerable<Compiler.Compiling.InputFile> files)
    {
        var prefix = CliRunner.Display(root) + "/";
        return files.Select(f =>
        {
            Assert.StartsWith(prefix, CliRunner.Display(f.Path), StringComparison.Ordinal);
            return CliRunner.Display(f.Path).Substring(prefix.Length);
        }).ToArray();
    }
}

using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Output;

public class SourceRootTests
{
    [Fact]
    public void The_root_is_the_nearest_folder_above_with_a_git_folder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("repo", ".git"));
        var start = Directory.CreateDirectory(temp.File("repo", "data", "reports")).FullName;

        Assert.Equal(temp.File("repo"), SourceRoot.Find(start).Folder);
    }

    [Fact]
    public void A_git_file_marks_a_root_too_as_in_a_worktree_or_submodule()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("outer", ".git"));
        Directory.CreateDirectory(temp.File("outer", "inner"));
        File.WriteAllText(temp.File("outer", "inner", ".git"), "gitdir: ../.git/modules/inner\n");

        Assert.Equal(temp.File("outer", "inner"), SourceRoot.Find(temp.File("outer", "inner")).Folder);
    }

    [Fact]
    public void Without_git_above_the_root_is_the_start_folder()
    {
        using var temp = new TempFolder();
        var start = Directory.CreateDirectory(temp.File("a", "b")).FullName;

        // The system's temporary folder is not inside a repository on any sane machine.
        if (Directory.Exists(Path.Combine(Path.GetTempPath(), ".git"))) return;
        Assert.Equal(start, SourceRoot.Find(start).Folder);
    }

    [Fact]
    public void Relative_paths_use_slashes_and_paths_outside_or_at_the_root_have_none()
    {
        using var temp = new TempFolder();
        var root = new SourceRoot(temp.Path);

        Assert.Equal("data/units.yaml", root.RelativePath(temp.File("data", "units.yaml")));
        Assert.Null(root.RelativePath(Path.GetDirectoryName(temp.Path)!));
        Assert.Null(root.RelativePath(temp.Path));
        Assert.Null(root.RelativePath(temp.Path + "-sibling/a.yaml"));
    }

    [Fact]
    public void The_root_uri_is_an_absolute_file_uri_ending_in_a_slash()
    {
        using var temp = new TempFolder();

        var uri = new SourceRoot(temp.Path + Path.DirectorySeparatorChar).Uri;

        Assert.StartsWith("file:///", uri, StringComparison.Ordinal);
        Assert.EndsWith("/", uri, StringComparison.Ordinal);
        Assert.False(uri.EndsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public void File_uris_escape_characters_that_would_end_the_path()
    {
        using var temp = new TempFolder();

        var uri = SourceRoot.FileUri(temp.File("a #1?%.yaml"));

        Assert.EndsWith("/a%20%231%3F%25.yaml", uri, StringComparison.Ordinal);
        Assert.Equal(temp.File("a #1?%.yaml"), new Uri(uri).LocalPath);
    }
}

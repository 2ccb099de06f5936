using System.Text;
using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Output;

/// <summary>A file is replaced whole or not at all, and no temporary file is left behind.</summary>
public class AtomicFileTests
{
    [Fact]
    public void Write_replaces_the_old_file_whole_and_leaves_only_it_in_the_folder()
    {
        using var temp = new TempFolder();
        var file = temp.File("export.json");
        File.WriteAllText(file, new string('x', 10_000));

        AtomicFile.WriteAllBytes(file, Encoding.UTF8.GetBytes("{}"));

        Assert.Equal("{}", File.ReadAllText(file));
        Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_creates_a_file_that_did_not_exist()
    {
        using var temp = new TempFolder();
        var file = temp.File("new.csv");

        AtomicFile.WriteAllBytes(file, new byte[] { 1, 2, 3 });

        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(file));
        Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_interrupted_write_leaves_the_old_file_whole_and_removes_the_temporary_file()
    {
        using var temp = new TempFolder();
        var file = temp.File("export.json");
        File.WriteAllText(file, "the old export");
        string? written = null;

        var e = Assert.Throws<IOException>(() => AtomicFile.Write(file, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("{\"half\": "));
            stream.Flush();
            written = Assert.Single(Directory.GetFiles(temp.Path), f => f != file);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", e.Message);
        Assert.Equal("the old export", File.ReadAllText(file));
        // the half-written data went to a temporary file in the same folder, removed since
        Assert.Equal(temp.Path, Path.GetDirectoryName(written));
        Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_failed_rename_removes_the_temporary_file()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.File("export.json")).FullName;
        File.WriteAllText(Path.Combine(folder, "inside.txt"), "kept");

        Assert.ThrowsAny<Exception>(() => AtomicFile.WriteAllBytes(folder, Encoding.UTF8.GetBytes("{}")));

        Assert.Equal(new[] { folder }, Directory.GetFileSystemEntries(temp.Path));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(folder, "inside.txt")));
    }

    [Fact]
    public void A_file_given_by_a_symbolic_link_is_replaced_and_the_link_kept()
    {
        using var temp = new TempFolder();
        var target = temp.File("real.json");
        var link = temp.File("link.json");
        File.WriteAllText(target, "old");
        if (!SymbolicLinks.TryFile(link, "real.json")) return;

        AtomicFile.WriteAllBytes(link, Encoding.UTF8.GetBytes("new"));

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal("real.json", new FileInfo(link).LinkTarget);
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);
    }

    [Fact]
    public void The_old_files_permissions_are_kept()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var file = temp.File("export.json");
        File.WriteAllText(file, "old");
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, Mode);

        AtomicFile.WriteAllBytes(file, Encoding.UTF8.GetBytes("new"));

        Assert.Equal(Mode, File.GetUnixFileMode(file));
    }

    [Fact]
    public void A_read_only_file_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        var file = temp.File("report.yaml");
        File.WriteAllText(file, "old");
        if (OperatingSystem.IsWindows()) File.SetAttributes(file, FileAttributes.ReadOnly);
        else File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var refused = Assert.Throws<ReadOnlyFileException>(() => AtomicFile.WriteAllBytes(file, Encoding.UTF8.GetBytes("new")));

        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void A_fifo_is_refused_not_replaced_by_a_regular_file()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var fifo = temp.File("export.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var refused = Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(fifo, Encoding.UTF8.GetBytes("{}")));

        Assert.Equal($"'{fifo}' is not a regular file (a FIFO, a device or a socket): not replaced; give a file path", refused.Message);
        Assert.False(FileKind.IsRegularFile(fifo));
        Assert.Equal(new[] { fifo }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_regular_file_and_a_link_to_one_are_regular_files()
    {
        using var temp = new TempFolder();
        var file = temp.File("a.json");
        File.WriteAllText(file, "");

        Assert.True(FileKind.IsRegularFile(file));
        if (SymbolicLinks.TryFile(temp.File("link.json"), "a.json")) Assert.True(FileKind.IsRegularFile(temp.File("link.json")));
    }
}

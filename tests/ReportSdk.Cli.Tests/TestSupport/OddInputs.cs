using System.Diagnostics;
using System.Text;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>
/// A value to put where a good one stands. <paramref name="MayBeValid"/>: right in some places —
/// a path that does not exist yet is a new file to write, a folder may be where a folder is
/// asked for, a report with flow-style lists is valid data — so a command may accept it (exit 0);
/// every other value is a mistake wherever it stands.
/// </summary>
internal sealed record OddValue(string What, string Value, bool MayBeValid = false);

/// <summary>
/// The inputs a careless user or an attacker hands the command line, in a fresh temporary folder:
/// a valid data folder (the starter data of <c>init</c>) and its export to start from, and the odd
/// values to put in place of a good one — empty, missing, a folder for a file and a file for a
/// folder, a FIFO, a symbolic link loop, a report with flow-style lists, a report in UTF-16 and in
/// GBK, odd names.
/// </summary>
internal sealed class OddInputs : IDisposable
{
    private readonly TempFolder _temp = new();
    private int _fresh;
    private string _fingerprint;

    public OddInputs()
    {
        Data = _temp.File("data");
        Export = _temp.File("export.json");
        SourceText = _temp.File("received.txt");
        NewReportData = _temp.File("new-report-data");
        Scratch = _temp.File("current");
        Values = Build();
        _fingerprint = Fingerprint();
    }

    /// <summary>
    /// Puts every file back as it was made when a command changed, added or removed any (an
    /// export over an odd path, a draft written into a report): each case starts from the same files.
    /// </summary>
    public void Restore()
    {
        if (Fingerprint() == _fingerprint) return;
        // The current folder (Scratch) is about to be deleted: stand outside it meanwhile.
        var current = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_temp.Path);
        foreach (var entry in new DirectoryInfo(_temp.Path).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo { LinkTarget: null } folder) folder.Delete(recursive: true);
            else entry.Delete();
        }
        Build();
        _fingerprint = Fingerprint();
        Directory.SetCurrentDirectory(current);
    }

    private List<OddValue> Build()
    {
        Run("init", Data);
        Run("export", Data, "--out", Export);
        File.Copy(Path.Combine(Data, "sources", "headline-2021.txt"), SourceText);
        Run("init", NewReportData);

        var report = File.ReadAllText(Path.Combine(Data, Report));
        var values = new List<OddValue>
        {
            new("empty", ""),
            new("blank", "   "),
            new("missing file", _temp.File("no-such-file.yaml"), MayBeValid: true),
            new("a folder where a file is expected", Directory.CreateDirectory(_temp.File("empty-folder")).FullName, MayBeValid: true),
            new("a file where a folder is expected", WriteFile("plain.txt", Encoding.UTF8.GetBytes("not a folder\n")), MayBeValid: true),
            new("a path below a file", Path.Combine(_temp.File("plain.txt"), "inside.yaml")),
            new("a dash", "-"),
            new("a line break in the name", _temp.File("line\nbreak.yaml")),
            new("a 300-character name", _temp.File(new string('x', 300) + ".yaml")),
            new("flow-style lists (actuals: [], dismissed: [])", Variant("flow", new UTF8Encoding(false).GetBytes(FlowStyle(report))), MayBeValid: true),
            new("UTF-16 with BOM", Variant("utf16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(report)).ToArray()), MayBeValid: true),
            new("GBK bytes", Variant("gbk", Gbk(report)), MayBeValid: true),
        };
        if (!OperatingSystem.IsWindows())
        {
            values.Add(new("a FIFO", Fifo(_temp.File("fifo.yaml"))));
            var loop = _temp.File("loop-a.yaml");
            File.CreateSymbolicLink(loop, _temp.File("loop-b.yaml"));
            File.CreateSymbolicLink(_temp.File("loop-b.yaml"), loop);
            values.Add(new("a symbolic link loop", loop));
        }
        Directory.CreateDirectory(Scratch);
        return values;
    }

    /// <summary>Every entry under the folder with its size and time, in order: changes when a command wrote anything.</summary>
    private string Fingerprint()
        => string.Join("\n", Directory.EnumerateFileSystemEntries(_temp.Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Order(StringComparer.Ordinal)
            .Select(e => new FileInfo(e) is { Exists: true, LinkTarget: null } file ? $"{e} {file.Length} {file.LastWriteTimeUtc.Ticks}" : e));


    /// <summary>The sample report's path in a data folder.</summary>
    public const string Report = "reports/luoyang/headline-2021.yaml";

    /// <summary>A valid data folder: the starter data (one report, the registries, its source).</summary>
    public string Data { get; }

    /// <summary>A valid export (JSON) of <see cref="Data"/>.</summary>
    public string Export { get; }

    /// <summary>A valid document as received, for <c>new-report --source</c>.</summary>
    public string SourceText { get; }

    /// <summary>A data folder of its own for <c>new-report --out</c>, so that new reports do not change <see cref="Data"/>.</summary>
    public string NewReportData { get; }

    /// <summary>An empty folder to run in, so that a default path (data, artifacts/site) lands here.</summary>
    public string Scratch { get; }

    /// <summary>Each odd value with what it is.</summary>
    public IReadOnlyList<OddValue> Values { get; }

    /// <summary>A path that does not exist yet, for a command that creates it.</summary>
    public string Fresh() => _temp.File("fresh" + Interlocked.Increment(ref _fresh));

    public void Dispose() => _temp.Dispose();

    /// <summary>The sample report with its last target taken out (so a draft proposes it) and flow-style empty lists.</summary>
    private static string FlowStyle(string report)
    {
        var lines = report.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        lines.RemoveAt(lines.FindLastIndex(l => l.StartsWith("  - {key:", StringComparison.Ordinal)));
        return string.Join("\n", lines) + "\nactuals: []\ndismissed: []\n";
    }

    /// <summary>The report's bytes with its Chinese title in GBK, as a file saved by a Windows editor set to GBK would hold.</summary>
    private static byte[] Gbk(string report)
    {
        // 政府工作报告 in GBK (code page 936)
        var title = new byte[] { 0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7, 0xB1, 0xA8, 0xB8, 0xE6 };
        var start = report.IndexOf("title: ", StringComparison.Ordinal) + "title: ".Length;
        var end = report.IndexOf('\n', start);
        var utf8 = new UTF8Encoding(false);
        return utf8.GetBytes(report[..start]).Concat(title).Concat(utf8.GetBytes(report[end..])).ToArray();
    }

    /// <summary>A copy of <see cref="Data"/> named <paramref name="name"/> whose report is <paramref name="bytes"/>; the report's path.</summary>
    private string Variant(string name, byte[] bytes)
    {
        var folder = _temp.File(name);
        CopyFolder(Data, folder);
        var report = Path.Combine(folder, Report);
        File.WriteAllBytes(report, bytes);
        return report;
    }

    private string WriteFile(string name, byte[] bytes)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static void Run(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(source)) CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
    }
}

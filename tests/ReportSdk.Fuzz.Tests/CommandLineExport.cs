using ReportSdk.Cli;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Testing;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// A mutant through the command line itself: its files written to a folder of their own, then
/// <c>reportsdk export --out</c> on it. Export must refuse what validate rejects (exit 1, no file)
/// and write what it accepts, and that file must load with <see cref="ReportDataset.Load(string)"/>
/// as the compiler resolved the data.
/// </summary>
internal static class CommandLineExport
{
    // Program.Run is the tool's entry point, one command line at a time as a shell runs it.
    private static readonly Lock OneAtATime = new();

    public static void Check(IReadOnlyList<InputFile> files, CompiledDataset dataset, Mutant mutant, FuzzLog log)
    {
        var root = Path.Combine(RepoPaths.Root, "data");
        var folder = Path.Combine(Path.GetTempPath(), "reportsdk-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Text that UTF-8 cannot hold (a lone surrogate) changes on disk: the verdicts are compared with the compiler's only when every file reads back as it was.
            var same = true;
            foreach (var file in files)
            {
                var path = Path.Combine(folder, Path.GetRelativePath(root, file.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
                same &= File.ReadAllText(path) == file.Text && !file.Text.StartsWith('\uFEFF');
            }
            var exportFile = Path.Combine(folder, "export.json");
            int exported;
            string exportError;
            lock (OneAtATime)
            {
                using var error = new StringWriter();
                exported = Program.Run(["export", folder, "--out", exportFile], TextWriter.Null, error, _ => null);
                exportError = error.ToString();
            }
            log.Count("exported through the command line");
            var problem = exported switch
            {
                _ when same && (exported == 0) == dataset.HasErrors => $"reportsdk export exited {exported}, but the compiler {(dataset.HasErrors ? "rejected" : "accepted")} the same files",
                not 0 when File.Exists(exportFile) => $"reportsdk export exited {exported} and still wrote {exportFile}",
                not (0 or 1) => $"reportsdk export exited {exported} on data: {Yaml.Visible(exportError, 300)}",
                _ => null,
            };
            if (problem is null && exported == 0)
            {
                try
                {
                    var loaded = ReportDataset.Load(exportFile);
                    problem = same ? ExportRoundTrip.Difference(dataset, loaded) : null;
                    if (problem is null) log.Count("exported through the command line and loaded as compiled");
                }
                catch (Exception e)
                {
                    problem = "reportsdk export wrote a file that ReportDataset.Load refuses: " + e.Message;
                }
            }
            if (problem is not null) log.Fail("export/load disagreements", mutant, problem);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is no finding of the product.
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Loading;

namespace ReportSdk.Cli.Diffing
{
    /// <summary>
    /// One side of a diff: an export JSON file, or a git ref whose <c>data/</c> folder is
    /// checked out into a temporary folder, validated and exported.
    /// </summary>
    internal sealed record DatasetSource(JsonElement Export, IReadOnlyCollection<string>? IndicatorCodes)
    {
        /// <summary>
        /// Reads an export file: loaded first as <see cref="ReportDataset.Load(Stream)"/> loads it, so a diff compares
        /// only datasets the loader (and validate) would accept.
        /// </summary>
        /// <exception cref="InvalidDataException">The file is not an export the loader accepts; the message names the JSON path.</exception>
        public static DatasetSource FromExport(string path)
        {
            var bytes = InputFiles.ReadAllBytesOfNonEmpty(path);
            ReportDataset.Load(new MemoryStream(bytes, writable: false), InputFiles.MaxBytes);
            using var document = JsonDocument.Parse(bytes);
            return new DatasetSource(document.RootElement.Clone(), null);
        }

        /// <summary>
        /// The dataset at a git ref of the repository in the current folder, or null with a
        /// message when the ref cannot be read or its data has errors.
        /// </summary>
        public static DatasetSource? FromGitRef(string gitRef, string dataFolder, out string? problem)
        {
            var folder = Path.Combine(Path.GetTempPath(), "reportsdk-diff-" + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(folder);
                if (!Extract(gitRef, dataFolder, folder, out problem)) return null;
                var dataset = DatasetLoader.Load(new[] { Path.Combine(folder, dataFolder) });
                if (dataset.HasErrors)
                {
                    problem = $"the data at {gitRef} has {dataset.Findings.Count} errors; run 'reportsdk validate' on it";
                    return null;
                }
                var loaded = DatasetLoader.Read(dataset, gitRef);
                var json = DatasetJsonWriter.ToJson(loaded.Info, loaded.Registry, loaded.Reports);
                using var document = JsonDocument.Parse(json);
                return new DatasetSource(document.RootElement.Clone(), dataset.Registry.Spec.Indicators.Select(i => i.Code.Value).ToList());
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>Whether the tree of <paramref name="gitRef"/> has a folder at <paramref name="folder"/> (relative to the current folder).</summary>
        public static bool HasFolder(string gitRef, string folder)
            => Git(new[] { "cat-file", "-t", $"{gitRef}:./{folder.Replace('\\', '/')}" }, out var type, out _) == 0 && System.Text.Encoding.ASCII.GetString(type).Trim() == "tree";

        /// <summary>Whether <paramref name="gitRef"/> names a commit of the repository in the current folder.</summary>
        public static bool IsGitRef(string gitRef) => Git(new[] { "rev-parse", "--verify", "--quiet", gitRef + "^{commit}" }, out _, out _) == 0;

        private static bool Extract(string gitRef, string dataFolder, string target, out string? problem)
        {
            var exit = Git(new[] { "archive", "--format=tar", gitRef, "--", dataFolder }, out var tar, out var error);
            if (exit != 0)
            {
                problem = $"git archive {gitRef} {dataFolder} failed: {error.Trim()}";
                return false;
            }
            TarFile.ExtractToDirectory(new MemoryStream(tar), target, overwriteFiles: true);
            problem = null;
            return true;
        }

        private static int Git(IEnumerable<string> arguments, out byte[] output, out string error)
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            try
            {
                using var process = Process.Start(start)!;
                using var buffer = new MemoryStream();
                var errorTask = process.StandardError.ReadToEndAsync();
                process.StandardOutput.BaseStream.CopyTo(buffer);
                process.WaitForExit();
                output = buffer.ToArray();
                error = errorTask.Result;
                return process.ExitCode;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                output = Array.Empty<byte>();
                error = "git is not available: " + e.Message;
                return -1;
            }
        }
    }
}

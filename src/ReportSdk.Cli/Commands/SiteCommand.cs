using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Output;
using ReportSdk.Cli.Site;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk site [PATH…] [--out DIR]</c>: a static review site of the dataset (docs/site.md):
    /// an index, a page per report with every quote highlighted in its source text, a page per
    /// indicator with its series as a table and an SVG chart. Plain files, nothing fetched from the
    /// network, the same bytes for the same data. Exit 1 when the data has errors, 2 on a usage problem.
    /// </summary>
    internal static class SiteCommand
    {
        /// <summary>Where the site goes without <c>--out</c>: beside the packages, under the ignored artifacts folder.</summary>
        public const string DefaultFolder = "artifacts/site";

        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var output = new Option<string>("--out") { Description = $"Folder to write the site to, replaced whole (default: {DefaultFolder})", DefaultValueFactory = _ => DefaultFolder };
            var command = new Command("site", "Write a static review site: every figure in its source text, every indicator's series") { paths, output };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(output)!));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, string folder)
        {
            var compiled = context.LoadValid(paths, out var exitCode);
            if (compiled is null) return exitCode;
            if (SiteFolder.Problem(folder) is { } problem)
            {
                context.Error.WriteLine("reportsdk: " + LineText.Escape(problem));
                return ExitCodes.Usage;
            }
            var site = SiteModelBuilder.Build(compiled, CommandContext.Read(compiled));
            var files = SitePages.All(site);
            try
            {
                SiteFolder.Write(folder, files);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (e is ReadOnlyFileException) return context.CannotWrite(folder, e);
                context.Error.WriteLine("reportsdk: " + LineText.Escape($"cannot write the site to '{folder}': {e.Message}"));
                return ExitCodes.Usage;
            }
            var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            context.Output.WriteLine($"wrote {pages} pages ({site.Reports.Count} reports, {site.Series.Count} indicators) to {folder}; open {Path.Combine(folder, "index.html").Replace('\\', '/')}");
            return ExitCodes.Ok;
        }
    }
}

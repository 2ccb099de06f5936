using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSdk.Curation.Drafting;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk draft PATH… [--write] [--compare] [--format yaml|text]</c>: proposes the figures and
    /// dismissals of each report's source text that the report does not hold yet (docs/drafting.md).
    /// Prints them as YAML to merge, or adds them to the report file (<c>--write</c>, each figure
    /// <c>unreviewed: true</c>); <c>--compare</c> drafts each curated report from its source alone and
    /// prints precision and recall per field, learning only from the other reports (leave one out).
    /// </summary>
    internal static class DraftCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var write = new Option<bool>("--write") { Description = "Add the proposals to the report files (figures marked unreviewed: true)" };
            var compare = new Option<bool>("--compare") { Description = "Draft each curated report from its source alone and print precision and recall per field" };
            var misses = new Option<bool>("--misses") { Description = "With --compare: list every curated figure not proposed right and every proposal not curated" };
            var format = new Option<string>("--format") { Description = "yaml or text", DefaultValueFactory = _ => "yaml" };
            format.AcceptOnlyFromAmong("yaml", "text");
            var command = new Command("draft", "Propose the figures and dismissals of the source texts that the reports do not hold yet") { paths, write, compare, misses, format };
            command.SetAction(result => Run(context, CommandContext.PathsOrDefault(result.GetValue(paths)), result.GetValue(write), result.GetValue(compare),
                result.GetValue(misses), result.GetValue(format) == "text"));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, bool write, bool compare, bool misses, bool text)
        {
            if (write && compare)
            {
                context.Error.WriteLine("reportsdk: --write and --compare do not go together");
                return ExitCodes.Usage;
            }
            var dataset = context.LoadValid(paths, out var exitCode);
            if (dataset is null) return exitCode;
            var reports = dataset.Specs.OrderBy(r => r.Id.Value, StringComparer.Ordinal).Select(r => (Report: r, Source: dataset.SourceOf(r)!)).ToList();
            if (reports.Count == 0)
            {
                context.Error.WriteLine("reportsdk: no report to draft");
                return ExitCodes.Usage;
            }
            var registry = dataset.Registry.Spec;
            var corpus = Corpus(context, paths, reports.Select(r => r.Report).ToList());
            if (compare) return Compare(context, reports, corpus, registry, misses);

            foreach (var (report, source) in reports)
            {
                var vocabulary = DraftVocabulary.From(registry).Learn(corpus.Where(o => o.Id.Value != report.Id.Value));
                var draft = Drafter.Propose(report, source, vocabulary);
                if (write)
                {
                    var before = File.ReadAllText(report.Path);
                    var after = DraftInsertion.Insert(before, draft);
                    if (after != before) AtomicFile.WriteAllBytes(report.Path, new System.Text.UTF8Encoding(false).GetBytes(after));
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{DataFiles.Display(report.Path)}: added {draft.Targets.Count()} targets, {draft.Actuals.Count()} actuals, {draft.Dismissals.Count} dismissed (figures unreviewed: true)"));
                }
                else if (text) WriteText(context.Output, draft);
                else context.Output.Write(DraftYamlWriter.Write(draft));
            }
            return ExitCodes.Ok;
        }

        /// <summary>
        /// The curated reports to learn from: those loaded, and, when only files were given, the other
        /// reports of the data folder (the folder of the registries), so that one report learns from its peers.
        /// </summary>
        private static IReadOnlyList<ReportSpec> Corpus(CommandContext context, IReadOnlyList<string> paths, IReadOnlyList<ReportSpec> loaded)
        {
            if (paths.Any(Directory.Exists)) return loaded;
            var root = DataRoot(paths[0]);
            if (root is null) return loaded;
            var peers = DatasetLoader.Load(new[] { root }, _ => { });
            return loaded.Concat(peers.Specs.Where(p => loaded.All(l => l.Id.Value != p.Id.Value))).ToList();
        }

        private static string? DataRoot(string reportPath)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath)); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (RegistryParser.FileNames.Any(name => File.Exists(Path.Combine(folder, name)))) return folder;
            }
            return null;
        }

        private static int Compare(CommandContext context, IReadOnlyList<(ReportSpec Report, Schema.Model.SourceDocument Source)> reports, IReadOnlyList<ReportSpec> corpus,
            RegistrySpec registry, bool misses)
        {
            var scores = reports.Select(r =>
            {
                var others = corpus.Where(o => o.Id.Value != r.Report.Id.Value).ToList();
                return (Score: DraftEvaluation.Score(r.Report, r.Source, DraftVocabulary.From(registry).Learn(others)), Learned: others.Count);
            }).ToList();
            var output = context.Output;
            var learned = scores.Select(s => s.Learned).Distinct().ToList();
            output.WriteLine($"each report drafted from its source alone; learned vocabulary from the other {(learned.Count == 1 ? learned[0].ToString(CultureInfo.InvariantCulture) : "curated")} reports only (leave one out)");
            output.WriteLine();
            var all = scores.Select(s => s.Score).ToList();
            var total = DraftScore.Total("total", all);
            var rows = all.Count > 1 ? all.Append(total).ToList() : all;
            var table = new List<string[]>
            {
                new[] { "report", "figures", "qualit.", "proposed", "matched", "value+unit", "all fields", "fig. precision", "dismissals", "matched", "reason ok", "precision" },
            };
            table.AddRange(rows.Select(s => new[]
            {
                s.ReportId, Count(s.CuratedFigures), Count(s.Qualitative), Count(s.FigureProposals), Count(s.MatchedFigures),
                Share(s.ValueAndUnitRecall), Share(s.AllFieldsRecall), Share(s.FigurePrecision),
                Count(s.DismissalProposals), Count(s.MatchedDismissals), Count(s.DismissalReasons), Share(s.Precision),
            }));
            WriteTable(output, table);
            output.WriteLine();
            var fields = new List<string[]> { new[] { "field", "curated", "proposed", "correct", "precision", "recall" } };
            fields.AddRange(total.Fields.Select(f => new[] { f.Field, Count(f.Curated), Count(f.Proposed), Count(f.Correct), Share(f.Precision), Share(f.Recall) }));
            WriteTable(output, fields);
            if (misses)
            {
                output.WriteLine();
                foreach (var miss in total.Misses) output.WriteLine(LineText.Escape(miss));
            }
            return ExitCodes.Ok;
        }

        private static void WriteText(TextWriter output, Draft draft)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{draft.ReportId}: {draft.Targets.Count()} targets, {draft.Actuals.Count()} actuals, {draft.Dismissals.Count} dismissed"));
            foreach (var f in draft.Figures)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  line {f.Line}: {(f.IsTarget ? "target" : "actual")} {f.Bound} {f.Value}{(f.Max is null ? "" : "-" + f.Max)} {f.Unit}{(f.Measure is null ? "" : " " + f.Measure)} {f.Period} {f.Kind} {f.Section} {f.Indicator ?? "-"}{(f.Aspirational ? " aspirational" : "")}  {LineText.Escape(f.Quote)}"));
            }
            foreach (var d in draft.Dismissals)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {d.Line}: dismissed {d.Reason}  {LineText.Escape(d.Text)}"));
            }
        }

        private static void WriteTable(TextWriter output, List<string[]> rows)
        {
            var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => Width(r[i]))).ToArray();
            foreach (var row in rows)
            {
                output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell + new string(' ', widths[i] - Width(cell)) : new string(' ', widths[i] - Width(cell)) + cell)).TrimEnd());
            }
        }

        /// <summary>Display width: a CJK character takes two columns.</summary>
        private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

        private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string Share(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
    }
}

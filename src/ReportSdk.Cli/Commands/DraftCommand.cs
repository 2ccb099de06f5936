using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSdk.Curation.Drafting;
using ReportSdk.Curation.Scoring;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Regions;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;

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
            var write = new Option<bool>("--write") { Description = "Add the proposals to the report files (figures and dismissals marked unreviewed: true)" };
            var compare = new Option<bool>("--compare") { Description = "Draft each curated report from its source alone and print precision and recall per field" };
            var score = new Option<string>("--score") { Description = "Score the report's figures and the proposals against a hand-checked key (corpus/README.md)" };
            var misses = new Option<bool>("--misses") { Description = "With --compare or --score: list every figure not proposed right and every proposal not expected" };
            var format = new Option<string>("--format") { Description = "yaml or text", DefaultValueFactory = _ => "yaml" };
            format.AcceptOnlyFromAmong("yaml", "text");
            var command = new Command("draft", "Propose the figures and dismissals of the source texts that the reports do not hold yet") { paths, write, compare, score, misses, format };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(write), result.GetValue(compare),
                result.GetValue(score), result.GetValue(misses), result.GetValue(format) == "text"));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, bool write, bool compare, string? score, bool misses, bool text)
        {
            if (write && compare || score is not null && (write || compare))
            {
                context.Error.WriteLine($"reportsdk: {(score is not null ? "--score" : "--write")} and {(compare ? "--compare" : "--write")} do not go together");
                return ExitCodes.Usage;
            }
            if (compare)
            {
                var curated = context.LoadValid(paths, out var exitCode);
                if (curated is null) return exitCode;
                var reports = curated.Specs.OrderBy(r => r.Id.Value, StringComparer.Ordinal).Select(r => (Report: r, Source: curated.SourceOf(r)!)).ToList();
                if (reports.Count == 0)
                {
                    context.Error.WriteLine("reportsdk: no report to draft");
                    return ExitCodes.Usage;
                }
                return Compare(context, reports, Corpus(context, paths, reports.Select(r => r.Report).ToList()), curated.Registry.Spec, misses);
            }

            if (!context.TryReadFiles(paths, out var files)) return ExitCodes.Usage;
            var session = new CompileSession();
            var dataset = DatasetLoader.Compile(files, out _, session);
            if (dataset.Registry.HasErrors)
            {
                FindingWriter.Write(context.Error, dataset.Registry.Findings, FindingFormat.Text, CommandContext.ToolVersion);
                context.Error.WriteLine("reportsdk: the registries have errors; run 'reportsdk validate' for details");
                return ExitCodes.DataErrors;
            }
            var drafts = Draftable(context, session, files, dataset, out var failed);
            if (drafts.Count == 0 && !failed)
            {
                context.Error.WriteLine("reportsdk: no report to draft");
                return ExitCodes.Usage;
            }
            if (score is not null && drafts.Count + (failed ? 1 : 0) != 1)
            {
                context.Error.WriteLine("reportsdk: --score scores one report: give one report file");
                return ExitCodes.Usage;
            }
            var registry = dataset.Registry.Spec;
            var corpus = Corpus(context, paths, drafts.Select(r => r.Report).ToList());
            foreach (var (report, source) in drafts)
            {
                var vocabulary = DraftVocabulary.From(registry).Learn(corpus.Where(o => o.Id.Value != report.Id.Value));
                var draft = Drafter.Propose(report, source, vocabulary);
                if (score is not null) return Score(context, report, source, draft, registry, score, misses);
                if (write)
                {
                    if (!Write(context, session, report, source, draft)) failed = true;
                }
                else if (text) WriteText(context.Output, draft);
                else context.Output.Write(DraftYamlWriter.Write(draft));
            }
            return failed ? ExitCodes.DataErrors : ExitCodes.Ok;
        }

        /// <summary>
        /// The reports under the paths that can be drafted: read, with their source text and plan and
        /// review years. Other errors (a field still marked FILL) do not stop a draft: one note says so.
        /// </summary>
        private static List<(ReportSpec Report, SourceDocument Source)> Draftable(CommandContext context, CompileSession session, IReadOnlyList<InputFile> files, CompiledDataset dataset, out bool failed)
        {
            failed = false;
            var drafts = new List<(ReportSpec, SourceDocument)>();
            foreach (var file in files.Where(f => DatasetCompiler.IsReport(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var parsed = session.ParseReport(file);
                var display = DataFiles.Display(file.Path);
                if (parsed.Report is not { } report)
                {
                    FindingWriter.Write(context.Error, parsed.Diagnostics, FindingFormat.Text, CommandContext.ToolVersion);
                    failed = true;
                    continue;
                }
                var path = report.Source.Text.Value.Length == 0 ? null : SourcePaths.Resolve(file.Path, report.Source.Text.Value);
                var sourceFile = path is null ? null : dataset.Sources.TryGetValue(path, out var known) ? new InputFile(known.Path, known.Text) : DataFiles.ReadSource(path);
                if (sourceFile is null)
                {
                    context.Error.WriteLine(LineText.Escape($"reportsdk: {display}: its source text ('source.text: {report.Source.Text.Value}') is not found; nothing to draft from"));
                    failed = true;
                    continue;
                }
                if (report.PlanYear.Value == 0 || report.ReviewYear.Value == 0)
                {
                    context.Error.WriteLine(LineText.Escape($"reportsdk: {display}: fill 'planYear' and 'reviewYear' first: the draft dates every figure by them"));
                    failed = true;
                    continue;
                }
                var errors = dataset.Findings.Count(f => f.Level == DiagnosticLevel.Error && SourcePaths.Normalize(f.Location.Path) == SourcePaths.Normalize(file.Path));
                if (errors > 0)
                {
                    context.Error.WriteLine(LineText.Escape($"reportsdk: note: {display} has {errors} errors left (fields marked FILL?); drafting anyway: run 'reportsdk validate' for them"));
                }
                drafts.Add((report, new SourceDocument(sourceFile.Path, sourceFile.Text)));
            }
            return drafts;
        }

        /// <summary>
        /// Adds the proposals to the report file, after checking that the file as written reads back
        /// with exactly the proposals the preview shows; otherwise writes nothing and says why.
        /// </summary>
        private static bool Write(CommandContext context, CompileSession session, ReportSpec report, SourceDocument source, Draft draft)
        {
            var display = DataFiles.Display(report.Path);
            var before = InputFiles.ReadAllText(report.Path);
            string after;
            try
            {
                after = DraftInsertion.Insert(before, draft);
            }
            catch (InvalidDataException e)
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: {display}: {e.Message}; nothing written"));
                return false;
            }
            var written = session.ParseReport(new InputFile(report.Path, after)).Report;
            var saved = written is null ? null : ReportAsDraft.From(written, source);
            var expected = ReportAsDraft.From(report, source);
            if (saved is null || !SameFigures(saved, expected, draft))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: {display}: the file would not read back with the proposals as drafted (an unusual layout of its lists?); nothing written: merge the output of 'reportsdk draft' by hand"));
                return false;
            }
            try
            {
                if (after != before) AtomicFile.WriteAllBytes(report.Path, new System.Text.UTF8Encoding(false).GetBytes(after));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.CannotWrite(display, e);
                return false;
            }
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{display}: added {draft.Targets.Count()} targets, {draft.Actuals.Count()} actuals, {draft.Dismissals.Count} dismissed (marked unreviewed: true)"));
            return true;
        }

        /// <summary>Whether the file as written holds what it held before and, after that, exactly the proposals, field by field.</summary>
        private static bool SameFigures(Draft saved, Draft before, Draft proposed)
        {
            var expected = before.Figures.Concat(proposed.Figures).Select(Describe).OrderBy(d => d, StringComparer.Ordinal);
            return saved.Figures.Select(Describe).OrderBy(d => d, StringComparer.Ordinal).SequenceEqual(expected, StringComparer.Ordinal)
                && saved.Dismissals.Count >= before.Dismissals.Count;
        }

        private static string Describe(FigureProposal f)
            => string.Join("|", f.IsTarget, f.Key, f.Indicator, f.Label, f.Value, f.Max, f.Unit, f.Measure, f.Bound, f.Period, f.Kind, f.Headline, f.Aspirational, f.Section, f.Quote, f.Written);

        /// <summary>Scores the report's figures and the proposals against a key, per field, and the report's metadata against the key's document block.</summary>
        private static int Score(CommandContext context, ReportSpec report, SourceDocument source, Draft draft, RegistrySpec registry, string keyPath, bool misses)
        {
            if (!File.Exists(keyPath))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: --score '{keyPath}' does not exist"));
                return ExitCodes.Usage;
            }
            var findings = new List<Finding>();
            var key = AnswerKeyReader.Read(keyPath, InputFiles.ReadAllText(keyPath), findings);
            if (key is not null && findings.Count == 0) findings.AddRange(AnswerKeyChecker.Check(key, source.Text, registry, AdministrativeDivisions.National).Where(f => f.Id != Rules.QuoteNotFound.Id));
            if (key is null || findings.Count > 0)
            {
                FindingWriter.Write(context.Error, findings, FindingFormat.Text, CommandContext.ToolVersion);
                context.Error.WriteLine(LineText.Escape($"reportsdk: the key '{keyPath}' has errors"));
                return ExitCodes.DataErrors;
            }
            var held = ReportAsDraft.From(report, source);
            var all = new Draft(report.Id.Value, held.Figures.Concat(draft.Figures).ToList(), held.Dismissals.Concat(draft.Dismissals).ToList());
            var result = KeyComparison.Compare(report.Id.Value, key, source.Text, all);
            var output = context.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Id.Value} against {keyPath}: {result.CuratedFigures} keyed figures; {held.Figures.Count} figures in the report and {draft.Figures.Count} proposed; {held.Dismissals.Count + draft.Dismissals.Count} dismissals"));
            var document = KeyComparison.CompareDocument(report, registry, key);
            output.WriteLine(document.Count == 0 ? "document: region, kind, reviewYear and planYear as keyed" : "document: differs: " + string.Join(", ", document));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"values found {Share(result.ValuesFoundRecall)}, value+unit {Share(result.ValueAndUnitRecall)}, all fields {Share(result.AllFieldsRecall)}, precision {Share(result.Precision)} (figures {Share(result.FigurePrecision)})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"figures: {result.CuratedFigures} keyed, {result.FigureProposals} proposed, {result.MatchedFigures} at a keyed figure, {result.ValuesFound} right value, {result.ValueAndUnit} right value and unit, {result.AllFields} right in every field; dismissals: {result.DismissalProposals} proposed, {result.MatchedDismissals} right"));
            output.WriteLine();
            var fields = new List<string[]> { new[] { "field", "keyed", "proposed", "correct", "precision", "recall" } };
            fields.AddRange(result.Fields.Select(f => new[] { f.Field, Count(f.Curated), Count(f.Proposed), Count(f.Correct), Share(f.Precision), Share(f.Recall) }));
            WriteTable(output, fields);
            if (misses)
            {
                output.WriteLine();
                foreach (var miss in result.Misses) output.WriteLine(LineText.Escape(miss));
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

        private static int Compare(CommandContext context, IReadOnlyList<(ReportSpec Report, SourceDocument Source)> reports, IReadOnlyList<ReportSpec> corpus,
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

        /// <summary>The first row heads the table; every column but the first holds numbers, right-aligned.</summary>
        private static void WriteTable(TextWriter output, List<string[]> rows)
        {
            var table = new TextTable(rows[0]).AlignRight(rows[0].Skip(1).ToArray());
            foreach (var row in rows.Skip(1)) table.Add(row);
            table.Write(output);
        }

        private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string Share(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";
    }
}

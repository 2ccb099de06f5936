using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ReportSdk.Cli.Diffing
{
    /// <summary>
    /// Compares two exports of a dataset (the JSON of <c>reportsdk export</c>) under the
    /// versioning policy of docs/versioning.md: removed or renamed things and changed units or
    /// indicators are major, additions minor, corrections patch.
    /// </summary>
    public static class DatasetDiff
    {
        /// <summary>Fields of a target or actual whose change is breaking: series and unit conversions depend on them.</summary>
        private static readonly string[] MajorFigureFields = { "indicator", "unit" };

        /// <summary>Fields of a report whose change is breaking.</summary>
        private static readonly string[] MajorReportFields = { "region" };

        /// <param name="oldExport">The root of the older export.</param>
        /// <param name="newExport">The root of the newer export.</param>
        /// <param name="oldIndicators">Indicator codes of the old registry, when known (git refs); null to skip.</param>
        /// <param name="newIndicators">Indicator codes of the new registry, when known.</param>
        public static IReadOnlyList<DatasetChange> Compare(JsonElement oldExport, JsonElement newExport,
            IReadOnlyCollection<string>? oldIndicators = null, IReadOnlyCollection<string>? newIndicators = null)
        {
            var changes = new List<DatasetChange>();
            var oldReports = ById(oldExport.GetProperty("reports"), "id");
            var newReports = ById(newExport.GetProperty("reports"), "id");
            CompareKeys(oldReports.Keys, newReports.Keys, "report", id => id, changes);
            foreach (var id in oldReports.Keys.Intersect(newReports.Keys).Order(StringComparer.Ordinal))
            {
                var (before, after) = (oldReports[id], newReports[id]);
                var fields = ChangedFields(before, after, new[] { "sections", "targets", "actuals" });
                if (fields.Count > 0)
                {
                    var bump = fields.Any(f => MajorReportFields.Contains(f.Name)) ? VersionBump.Major : VersionBump.Patch;
                    changes.Add(new DatasetChange(bump, "changed", "report", id, Describe(fields)));
                }
                CompareSections(id, before, after, changes);
                CompareFigures(id, "target", before.GetProperty("targets"), after.GetProperty("targets"), changes);
                CompareFigures(id, "actual", before.GetProperty("actuals"), after.GetProperty("actuals"), changes);
            }
            if (oldIndicators is not null && newIndicators is not null)
            {
                CompareKeys(oldIndicators, newIndicators, "indicator", code => code, changes);
            }
            return changes;
        }

        /// <summary>The smallest bump that all changes allow: the largest of theirs.</summary>
        public static VersionBump RequiredBump(IEnumerable<DatasetChange> changes)
            => changes.Select(c => c.Bump).DefaultIfEmpty(VersionBump.None).Max();

        private static void CompareSections(string reportId, JsonElement before, JsonElement after, List<DatasetChange> changes)
        {
            var oldSections = Flatten(before.GetProperty("sections")).ToDictionary(s => s.GetProperty("path").GetString()!, StringComparer.Ordinal);
            var newSections = Flatten(after.GetProperty("sections")).ToDictionary(s => s.GetProperty("path").GetString()!, StringComparer.Ordinal);
            CompareKeys(oldSections.Keys, newSections.Keys, "section", path => reportId + "/" + path, changes);
            foreach (var path in oldSections.Keys.Intersect(newSections.Keys).Order(StringComparer.Ordinal))
            {
                var fields = ChangedFields(oldSections[path], newSections[path], new[] { "children" });
                if (fields.Count > 0) changes.Add(new DatasetChange(VersionBump.Patch, "changed", "section", reportId + "/" + path, Describe(fields)));
            }
        }

        private static void CompareFigures(string reportId, string subject, JsonElement before, JsonElement after, List<DatasetChange> changes)
        {
            var oldFigures = ById(before, "key");
            var newFigures = ById(after, "key");
            CompareKeys(oldFigures.Keys, newFigures.Keys, subject, key => reportId + "/" + key, changes);
            foreach (var key in oldFigures.Keys.Intersect(newFigures.Keys).Order(StringComparer.Ordinal))
            {
                var fields = ChangedFields(oldFigures[key], newFigures[key], Array.Empty<string>());
                if (fields.Count == 0) continue;
                var bump = fields.Any(f => MajorFigureFields.Contains(f.Name)) ? VersionBump.Major : VersionBump.Patch;
                changes.Add(new DatasetChange(bump, "changed", subject, reportId + "/" + key, Describe(fields)));
            }
        }

        private static void CompareKeys(IEnumerable<string> before, IEnumerable<string> after, string subject, Func<string, string> name, List<DatasetChange> changes)
        {
            var (oldKeys, newKeys) = (before.ToHashSet(StringComparer.Ordinal), after.ToHashSet(StringComparer.Ordinal));
            foreach (var key in oldKeys.Except(newKeys).Order(StringComparer.Ordinal)) changes.Add(new DatasetChange(VersionBump.Major, "removed", subject, name(key), ""));
            foreach (var key in newKeys.Except(oldKeys).Order(StringComparer.Ordinal)) changes.Add(new DatasetChange(VersionBump.Minor, "added", subject, name(key), ""));
        }

        private static Dictionary<string, JsonElement> ById(JsonElement array, string idField)
            => array.EnumerateArray().ToDictionary(e => e.GetProperty(idField).GetString()!, StringComparer.Ordinal);

        private static IEnumerable<JsonElement> Flatten(JsonElement sections)
        {
            foreach (var section in sections.EnumerateArray())
            {
                yield return section;
                foreach (var child in Flatten(section.GetProperty("children"))) yield return child;
            }
        }

        private sealed record FieldChange(string Name, string Before, string After);

        private static List<FieldChange> ChangedFields(JsonElement before, JsonElement after, string[] skip)
        {
            var names = before.EnumerateObject().Select(p => p.Name).Union(after.EnumerateObject().Select(p => p.Name)).Where(n => !skip.Contains(n));
            var changed = new List<FieldChange>();
            foreach (var name in names)
            {
                var a = before.TryGetProperty(name, out var x) ? Canonical(x) : "(none)";
                var b = after.TryGetProperty(name, out var y) ? Canonical(y) : "(none)";
                if (a != b) changed.Add(new FieldChange(name, a, b));
            }
            return changed;
        }

        /// <summary>
        /// A value's meaning as text, independent of how the JSON was written (escapes, spacing,
        /// property order); numbers stay as written, so 8 and 8.0 differ as the data does.
        /// </summary>
        private static string Canonical(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => "\"" + value.GetString() + "\"",
            JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Canonical)) + "]",
            JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + ": " + Canonical(p.Value))) + "}",
            _ => value.GetRawText(),
        };

        private static string Describe(IEnumerable<FieldChange> fields) => string.Join("; ", fields.Select(f => $"{f.Name} {f.Before} → {f.After}"));
    }
}

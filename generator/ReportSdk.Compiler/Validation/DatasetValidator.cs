using System;
using System.Collections.Generic;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>Rules across reports: ids and symbols unique in the dataset (RS2008).</summary>
    internal static class DatasetValidator
    {
        /// <summary>Findings for reports whose id or symbol an earlier report (by path order) already uses.</summary>
        public static IReadOnlyList<Finding> CheckUnique(IEnumerable<ReportIdentity> reports)
        {
            var diagnostics = new List<Finding>();
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var report in reports)
            {
                if (ids.TryGetValue(report.Id.Value, out var firstPath))
                {
                    diagnostics.Add(Rules.DuplicateReport.At(report.Id.Location, $"report id '{report.Id.Value}' is already used by {firstPath}"));
                }
                else
                {
                    ids.Add(report.Id.Value, report.Path);
                }
                if (symbols.TryGetValue(report.Symbol.Value, out var symbolPath))
                {
                    diagnostics.Add(Rules.DuplicateReport.At(report.Symbol.Location, $"symbol '{report.Symbol.Value}' is already used by {symbolPath}"));
                }
                else
                {
                    symbols.Add(report.Symbol.Value, report.Path);
                }
            }
            return diagnostics;
        }
    }
}

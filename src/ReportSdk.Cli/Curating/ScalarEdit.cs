using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Parsing;

namespace ReportSdk.Cli.Curating
{
    /// <summary>
    /// Replaces the values of single-line scalars in a YAML text by their character ranges, as the
    /// parser located them, and nothing else: quotes, comments, indentation and line endings around
    /// them stay as they were. Meant for values that need no escaping (hashes, codes).
    /// </summary>
    internal static class ScalarEdit
    {
        /// <summary>The text with each scalar's value replaced.</summary>
        /// <exception cref="InvalidOperationException">A scalar's range does not hold its value (the text is not the one parsed).</exception>
        public static string Apply(string text, IEnumerable<(YamlValue Scalar, string Value)> edits)
        {
            var result = text;
            // From the end, so that each range is still where the parser found it.
            foreach (var (scalar, value) in edits.OrderByDescending(e => e.Scalar.Location.Start))
            {
                var (start, length) = ValueRange(result, scalar);
                var insert = length == 0 && start > 0 && result[start - 1] == ':' ? " " + value : value;
                result = result.Substring(0, start) + insert + result.Substring(start + length);
            }
            return result;
        }

        /// <summary>Where the value's characters are: inside the quotes of a quoted scalar, the whole range of a plain one.</summary>
        private static (int Start, int Length) ValueRange(string text, YamlValue scalar)
        {
            var start = scalar.Location.Start;
            var end = Math.Min(scalar.Location.End, text.Length);
            var written = text.Substring(start, end - start);
            if (scalar.IsQuoted && written.Length >= 2 && written[0] is '"' or '\'' && written[written.Length - 1] == written[0])
            {
                start++;
                written = written.Substring(1, written.Length - 2);
            }
            if (written != scalar.Value)
            {
                throw new InvalidOperationException($"line {scalar.Location.Line}: the value is not written as one plain or quoted line ('{written}'); edit it by hand");
            }
            return (start, written.Length);
        }
    }
}

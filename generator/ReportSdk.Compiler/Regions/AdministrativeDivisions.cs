using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportSdk.Compiler.Regions
{
    /// <summary>
    /// The national list of administrative divisions (provinces, prefectures, counties and districts,
    /// with their GB/T 2260 codes), shipped with the compiler as generated data
    /// (<c>Regions/divisions.tsv</c>, written by <c>tools/regions/generate.mjs</c> from a maintained
    /// package; never edited by hand). The validator checks regions.yaml against it and new-report
    /// finds a document's region in it, so no team types a code.
    /// </summary>
    public sealed class AdministrativeDivisions
    {
        private static readonly Lazy<AdministrativeDivisions> Shipped = new(() => Parse(ReadResource()));

        private readonly Dictionary<string, Division> _byCode;
        private readonly Dictionary<string, List<Division>> _byName;

        private AdministrativeDivisions(IReadOnlyList<Division> all, string vintage)
        {
            All = all;
            Vintage = vintage;
            _byCode = all.ToDictionary(d => d.Code, StringComparer.Ordinal);
            _byName = all.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        }

        /// <summary>The list shipped with the compiler, read on first use.</summary>
        public static AdministrativeDivisions National => Shipped.Value;

        /// <summary>Every division, in code order.</summary>
        public IReadOnlyList<Division> All { get; }

        /// <summary>Where the list comes from and of which year: the comment lines of its file.</summary>
        public string Vintage { get; }

        /// <summary>The division with this six-digit code, or null.</summary>
        public Division? Find(string code) => _byCode.TryGetValue(code, out var division) ? division : null;

        /// <summary>Every division with exactly this name (朝阳区 is a district of Beijing and of Changchun).</summary>
        public IReadOnlyList<Division> Named(string name) => _byName.TryGetValue(name, out var list) ? list : Array.Empty<Division>();

        /// <summary>The division <paramref name="division"/> belongs to, or null for a province.</summary>
        public Division? ParentOf(Division division) => division.ParentCode is null ? null : Find(division.ParentCode);

        /// <summary>The division and those it belongs to, from the province down.</summary>
        public IReadOnlyList<Division> Chain(Division division)
        {
            var chain = new List<Division>();
            for (Division? d = division; d is not null && chain.Count < 4; d = ParentOf(d)) chain.Insert(0, d);
            return chain;
        }

        /// <summary>Reads the tab-separated list: code, name, level, parent code, suggested code, English name; # lines are comments.</summary>
        public static AdministrativeDivisions Parse(string text)
        {
            var divisions = new List<Division>();
            var vintage = new StringBuilder();
            foreach (var line in text.Split('\n'))
            {
                if (line.Length == 0) continue;
                if (line[0] == '#')
                {
                    vintage.Append(line.TrimStart('#', ' ')).Append(' ');
                    continue;
                }
                var cells = line.Split('\t');
                if (cells.Length != 6) throw new InvalidDataException($"divisions.tsv: a line of {cells.Length} cells, not 6: '{line}'");
                divisions.Add(new Division(cells[0], cells[1], cells[2], cells[3].Length == 0 ? null : cells[3], cells[4], cells[5]));
            }
            return new AdministrativeDivisions(divisions, vintage.ToString().Trim());
        }

        private static string ReadResource()
        {
            using var stream = typeof(AdministrativeDivisions).Assembly.GetManifestResourceStream("ReportSdk.Compiler.Regions.divisions.tsv")
                ?? throw new InvalidOperationException("the national list of divisions is missing from ReportSdk.Compiler");
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            return reader.ReadToEnd();
        }
    }
}

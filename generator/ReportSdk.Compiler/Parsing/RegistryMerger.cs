using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>Joins the registry files of a dataset into one <see cref="RegistrySpec"/>, in path order.</summary>
    internal static class RegistryMerger
    {
        public static RegistrySpec Merge(IEnumerable<ParsedRegistry> files)
        {
            var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
            return new RegistrySpec(
                ordered.SelectMany(f => f.Registry.Units).ToEquatableArray(),
                ordered.SelectMany(f => f.Registry.Indicators).ToEquatableArray(),
                ordered.SelectMany(f => f.Registry.Regions).ToEquatableArray());
        }
    }
}

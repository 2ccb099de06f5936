using System.Collections.Generic;
using System.Linq;
using ReportSdk.Schema.Compiling;
using ReportSdk.Schema.Writing;

namespace ReportSdk.Cli.Loading
{
    /// <summary>
    /// The CLI's road to the data, the same as a build's: files → <see cref="DatasetCompiler"/> →
    /// payloads → the runtime's reader. No command builds report objects any other way.
    /// </summary>
    internal static class DatasetLoader
    {
        /// <summary>
        /// Reads and compiles the data under <paramref name="paths"/>, with the registries and
        /// source texts they refer to from outside them; <see cref="CompiledDataset.FileCount"/>
        /// counts the files given.
        /// </summary>
        /// <exception cref="System.IO.FileNotFoundException">A path does not exist (a usage error).</exception>
        public static CompiledDataset Load(IReadOnlyList<string> paths)
        {
            var given = DataFiles.Read(paths);
            var files = given.Concat(DataFiles.MissingRegistries(given)).ToList();
            return DatasetCompiler.Compile(files, DataFiles.ReadSource) with { FileCount = given.Count };
        }

        /// <summary>The runtime objects of a compiled dataset, read from the payloads the generator would embed.</summary>
        public static ReportDataset Read(CompiledDataset dataset, string version)
            => ReportDataset.FromPayloads(
                new DatasetInfo(version, dataset.ContentHash),
                PayloadWriter.Write(dataset.Registry.Resolved),
                dataset.Reports.Select(PayloadWriter.Write).ToList());
    }
}

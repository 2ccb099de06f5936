using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Cli.Loading
{
    /// <summary>
    /// The CLI's road to the data, the same as a build's: files → <see cref="CompileSession"/> →
    /// payloads → the runtime's reader. No command builds report objects any other way.
    /// </summary>
    internal static class DatasetLoader
    {
        /// <summary>
        /// Reads and compiles the data under <paramref name="paths"/>, with the registries and
        /// source texts they refer to from outside them; <see cref="CompiledDataset.FileCount"/>
        /// counts the files given.
        /// </summary>
        /// <param name="paths">The files and folders given.</param>
        /// <param name="warn">Receives one line for each symbolic link not followed (see <see cref="DataFiles.Read"/>).</param>
        /// <exception cref="FileNotFoundException">A path does not exist (a usage error).</exception>
        public static CompiledDataset Load(IReadOnlyList<string> paths, Action<string>? warn = null)
            => Compile(DataFiles.Read(paths, warn), out _);

        /// <summary>
        /// Compiles the files given, with the registries and source texts they refer to from
        /// outside them; <paramref name="inputFiles"/> are the full paths of every file read.
        /// </summary>
        /// <param name="given">The files read from the paths given.</param>
        /// <param name="inputFiles">The full paths of every file read.</param>
        /// <param name="session">The session to compile in, to reuse what an earlier compile of the same paths did; a new one when null.</param>
        public static CompiledDataset Compile(IReadOnlyList<InputFile> given, out IReadOnlyList<string> inputFiles, CompileSession? session = null)
        {
            var files = given.Concat(DataFiles.MissingRegistries(given)).ToList();
            var read = files.Select(f => Path.GetFullPath(f.Path)).ToList();
            var dataset = (session ?? new CompileSession()).Compile(files, fullPath =>
            {
                var source = DataFiles.ReadSource(fullPath);
                if (source is not null) read.Add(Path.GetFullPath(fullPath));
                return source;
            }) with { FileCount = given.Count };
            inputFiles = read;
            return dataset;
        }

        /// <summary>The runtime objects of a compiled dataset, read from the payloads the generator would embed.</summary>
        public static ReportDataset Read(CompiledDataset dataset, string version)
            => ReportDataset.FromPayloads(
                new DatasetInfo(version, dataset.ContentHash),
                PayloadWriter.Write(dataset.PrintedRegistry),
                dataset.Reports.Select(PayloadWriter.Write).ToList());
    }
}

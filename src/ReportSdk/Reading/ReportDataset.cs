using System;
using System.IO;
using System.Text.Json;
using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>
    /// A dataset read at run time from a <c>reportsdk export --format json</c> file, for data that
    /// is not compiled in. Its reports, sections, figures and registry entries are the same
    /// objects, built by the same reader, as those of a compiled dataset, without the typed
    /// members: look things up by key, path and code.
    /// </summary>
    /// <example>
    /// <code>
    /// var dataset = ReportDataset.Load("dataset.json");
    /// foreach (var target in dataset.Reports.TargetsOf("gdp-growth"))
    ///     Console.WriteLine($"{target.Period} {target.Region.Name} {target.Quantity}");
    /// </code>
    /// </example>
    public sealed class ReportDataset
    {
        private ReportDataset(DatasetInfo info, Registry registry, ReportCollection reports)
        {
            Info = info;
            Registry = registry;
            Reports = reports;
        }

        /// <summary>The version and content hash the export was written with.</summary>
        public DatasetInfo Info { get; }

        /// <summary>Every report of the export, ordered by id.</summary>
        public ReportCollection Reports { get; }

        /// <summary>The units, indicators and regions of the export, in the export's order.</summary>
        public Registry Registry { get; }

        /// <summary>
        /// The most bytes <see cref="Load(Stream)"/> and <see cref="Load(string)"/> read: 256 MiB, about twice an export of
        /// 1,000 reports. Pass a larger limit to <see cref="Load(Stream, long)"/> or <see cref="Load(string, long)"/> for more.
        /// </summary>
        public const long DefaultMaxBytes = 256L * 1024 * 1024;

        /// <summary>Reads an export from a UTF-8 JSON stream (read to its end, not closed), of at most <see cref="DefaultMaxBytes"/>.</summary>
        /// <exception cref="InvalidDataException">
        /// The stream is not JSON, or not an export: a field missing, unknown or of the wrong type,
        /// a code not in the export's registries, a value the compiler's rules refuse (a number a decimal
        /// cannot hold exactly, a period out of order, a region that is its own ancestor…), or it is longer
        /// than the limit. The message names the JSON path, such as <c>reports[2].targets[5].unit</c>.
        /// </exception>
        public static ReportDataset Load(Stream utf8Json) => Load(utf8Json, DefaultMaxBytes);

        /// <summary>Reads an export from a UTF-8 JSON stream (read to its end, not closed), of at most <paramref name="maxBytes"/>.</summary>
        /// <exception cref="InvalidDataException">As <see cref="Load(Stream)"/>; also when the stream holds more than <paramref name="maxBytes"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
        public static ReportDataset Load(Stream utf8Json, long maxBytes)
        {
            ArgumentNullException.ThrowIfNull(utf8Json);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
            var bytes = BoundedRead.ReadAll(utf8Json, maxBytes, () => TooLarge(maxBytes));
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"ReportSdk export: not valid JSON ({e.Message})", e);
            }
            using (document)
            {
                return Build(ExportTranscoder.Transcode(document.RootElement));
            }
        }

        /// <summary>Reads an export from the file at <paramref name="path"/>, of at most <see cref="DefaultMaxBytes"/>.</summary>
        /// <exception cref="InvalidDataException">
        /// The file is not an export, is larger than the limit, or is empty or no regular file (a FIFO, a device: read as
        /// empty, never waited on); the message starts with the file's path, then the JSON path.
        /// </exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static ReportDataset Load(string path) => Load(path, DefaultMaxBytes);

        /// <summary>Reads an export from the file at <paramref name="path"/>, of at most <paramref name="maxBytes"/>.</summary>
        /// <exception cref="InvalidDataException">As <see cref="Load(string)"/>, with the limit <paramref name="maxBytes"/>.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
        public static ReportDataset Load(string path, long maxBytes)
        {
            ArgumentNullException.ThrowIfNull(path);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
            var file = new FileInfo(path);
            if (!file.Exists) throw new FileNotFoundException($"{path}: no such file", path);
            try
            {
                // A FIFO or a device reports no length: it is not opened (which could wait forever or never end).
                if (file.Length == 0) throw new InvalidDataException("ReportSdk export: the file is empty or not a regular file (a FIFO, a device)");
                if (file.Length > maxBytes) throw TooLarge(maxBytes);
                using var stream = file.OpenRead();
                return Load(stream, maxBytes);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{path}: {e.Message}", e);
            }
        }

        private static InvalidDataException TooLarge(long maxBytes)
            => new($"ReportSdk export: larger than the limit of {maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes; pass a larger maxBytes to ReportDataset.Load");

        /// <summary>
        /// Reads a dataset from payloads as the ReportSdk compiler writes them (docs/payload.md):
        /// one registry payload and one payload per report. Tools that compile report YAML at run
        /// time, such as <c>reportsdk</c>, read their data through this.
        /// </summary>
        /// <remarks>
        /// Each report's header is read here; its sections, targets and actuals when first used,
        /// as in a compiled dataset. A payload that is damaged past its header throws
        /// <see cref="FormatException"/> then.
        /// </remarks>
        /// <exception cref="FormatException">A payload is not of this format.</exception>
        /// <exception cref="InvalidDataException">A payload is of another format version than this runtime reads.</exception>
        public static ReportDataset FromPayloads(DatasetInfo info, byte[] registry, System.Collections.Generic.IReadOnlyList<byte[]> reports)
        {
            ArgumentNullException.ThrowIfNull(info);
            ArgumentNullException.ThrowIfNull(registry);
            ArgumentNullException.ThrowIfNull(reports);
            var read = RegistryReader.Read(registry);
            var list = new Report[reports.Count];
            for (var i = 0; i < list.Length; i++) list[i] = ReportReader.Read(reports[i], read);
            return new ReportDataset(info, read, new ReportCollection(list));
        }

        // The transcoder has checked everything the readers check, so a FormatException here is a
        // gap in its checks; it still surfaces as the documented exception, never as a crash.
        private static ReportDataset Build(ExportTranscoder.Payloads payloads)
        {
            try
            {
                var dataset = FromPayloads(payloads.Info, payloads.Registry, payloads.Reports);
                // Read every block now, so that a gap in the checks shows here and not at a later query.
                foreach (var report in dataset.Reports)
                {
                    _ = report.Sections;
                    _ = report.Targets;
                    _ = report.Actuals;
                }
                return dataset;
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"ReportSdk export: {e.Message}", e);
            }
        }
    }
}

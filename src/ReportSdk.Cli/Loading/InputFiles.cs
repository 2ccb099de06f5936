using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using ReportSdk.Reading;

namespace ReportSdk.Cli.Loading
{
    /// <summary>
    /// How every command reads a file it is given: at most <see cref="MaxBytes"/> (256 MiB unless
    /// <c>REPORTSDK_MAX_INPUT_MB</c> says otherwise), and a file that reports no length — empty, a FIFO,
    /// a device such as /dev/zero — is never opened, so that no input waits forever or fills the memory.
    /// A refusal is an <see cref="IOException"/>: a one-line usage error (exit 2) that says what to do.
    /// </summary>
    internal static class InputFiles
    {
        /// <summary>The environment variable that sets the limit, in MiB.</summary>
        public const string LimitVariable = "REPORTSDK_MAX_INPUT_MB";

        /// <summary>The limit without <see cref="LimitVariable"/>: as <see cref="ReportDataset.DefaultMaxBytes"/>.</summary>
        public const long DefaultMaxBytes = ReportDataset.DefaultMaxBytes;

        /// <summary>The most bytes one input file may hold: <see cref="LimitVariable"/> MiB as the running command was given it, or <see cref="DefaultMaxBytes"/>.</summary>
        public static long MaxBytes => Current.Value ?? DefaultMaxBytes;

        // The limit of the command running in this flow, from the environment it was given (Program.Run).
        private static readonly AsyncLocal<long?> Current = new();

        /// <summary>Sets the limit from a setting of <see cref="LimitVariable"/> until the result is disposed.</summary>
        /// <exception cref="IOException">The setting is not a whole number of MiB above 0.</exception>
        public static IDisposable LimitFrom(Func<string, string?> environment)
        {
            var before = Current.Value;
            Current.Value = LimitFrom(environment(LimitVariable));
            return new Restore(() => Current.Value = before);
        }

        private sealed class Restore : IDisposable
        {
            private readonly Action _restore;

            public Restore(Action restore) => _restore = restore;

            public void Dispose() => _restore();
        }

        /// <summary>The limit a setting of <see cref="LimitVariable"/> gives: <see cref="DefaultMaxBytes"/> when unset.</summary>
        /// <exception cref="IOException">The setting is not a whole number of MiB above 0.</exception>
        public static long LimitFrom(string? setting)
        {
            if (string.IsNullOrEmpty(setting)) return DefaultMaxBytes;
            return long.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) && mib > 0 && mib <= long.MaxValue / (1024 * 1024)
                ? mib * 1024 * 1024
                : throw new IOException($"{LimitVariable} must be a whole number of MiB above 0, not '{setting}'");
        }

        /// <summary>The bytes of the file at <paramref name="path"/>; empty for a file that reports no length (never opened).</summary>
        /// <exception cref="IOException">The path is a folder, is missing, or the file is larger than <see cref="MaxBytes"/>.</exception>
        public static byte[] ReadAllBytes(string path) => ReadAllBytes(path, MaxBytes);

        /// <summary>As <see cref="ReadAllBytes(string)"/>, with the limit <paramref name="limit"/>.</summary>
        public static byte[] ReadAllBytes(string path, long limit)
        {
            if (Directory.Exists(path)) throw new IOException($"{path} is a folder; give a file");
            var file = new FileInfo(path);
            if (!file.Exists) throw new FileNotFoundException($"{path}: no such file", path);
            if (file.Length == 0) return Array.Empty<byte>();
            if (file.Length > limit) throw TooLarge(path, limit);
            using var stream = file.OpenRead();
            return BoundedRead.ReadAll(stream, limit, () => TooLarge(path, limit));
        }

        /// <summary>The text of the file at <paramref name="path"/>, read as UTF-8 (a byte order mark says otherwise), as <see cref="File.ReadAllText(string)"/> reads it.</summary>
        /// <exception cref="IOException">As <see cref="ReadAllBytes(string)"/>.</exception>
        public static string ReadAllText(string path)
        {
            using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        /// <summary>The bytes of an input that must hold something: an empty file, a FIFO or a device is refused.</summary>
        /// <exception cref="IOException">As <see cref="ReadAllBytes(string)"/>, and when the file reports no length.</exception>
        public static byte[] ReadAllBytesOfNonEmpty(string path)
        {
            var bytes = ReadAllBytes(path);
            return bytes.Length > 0 ? bytes : throw new IOException($"{path} is empty or not a regular file (a FIFO, a device); give a file");
        }

        private static IOException TooLarge(string path, long limit)
            => new($"{path} is larger than the limit of {Size(limit)} for one input; set {LimitVariable} to raise it");

        private static string Size(long bytes)
            => bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MiB" : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
    }
}

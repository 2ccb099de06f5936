using System;
using System.IO;

namespace ReportSdk.Reading
{
    /// <summary>
    /// Reads a stream to its end, but no further than a limit: the one bounded read of the runtime's loader
    /// (<see cref="ReportDataset.Load(Stream, long)"/>) and of the CLI's inputs, which compiles this file in too.
    /// </summary>
    internal static class BoundedRead
    {
        /// <summary>The bytes of <paramref name="stream"/>; <paramref name="tooLarge"/> is thrown as soon as they pass <paramref name="maxBytes"/>.</summary>
        public static byte[] ReadAll(Stream stream, long maxBytes, Func<Exception> tooLarge)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // A file may grow while it is read, and a stream need not say its length: count what comes.
                if (buffer.Length + read > maxBytes) throw tooLarge();
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }
}

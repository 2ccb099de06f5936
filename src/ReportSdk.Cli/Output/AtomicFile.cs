using System;
using System.IO;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Writes a file whole or not at all: into a temporary file in the same folder, then renamed
    /// over the target (<see cref="File.Move(string, string, bool)"/>), which replaces it in one
    /// step. An interrupted or failed write leaves the old file as it was, and the temporary file
    /// is removed. The rewritten file keeps the old one's mode; a read-only file is refused, as a
    /// plain write to it would be.
    /// </summary>
    internal static class AtomicFile
    {
        /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>.</summary>
        public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes, 0, bytes.Length));

        /// <summary>
        /// Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream. When
        /// <paramref name="path"/> is a symbolic link, the file it points to is replaced and the link kept.
        /// </summary>
        /// <exception cref="IOException">The folder does not exist, or writing or renaming failed; the old file is untouched.</exception>
        /// <exception cref="ReadOnlyFileException">The file is read-only (even to a user the system would let replace it); it is untouched.</exception>
        public static void Write(string path, Action<Stream> write)
        {
            var target = Path.GetFullPath(new FileInfo(path).LinkTarget is null ? path : new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path);
            var folder = Path.GetDirectoryName(target) ?? throw new IOException($"'{path}' is not a file path");
            // A rename would replace a read-only file where a plain write is refused: refuse it the same way.
            if (File.Exists(target) && IsReadOnly(target)) throw new ReadOnlyFileException(path);
            // A rename would put a regular file in place of a FIFO, a device or a socket, which a
            // reader of it would never see: refuse it, as for a folder.
            if (File.Exists(target) && !FileKind.IsRegularFile(target))
            {
                throw new IOException($"'{path}' is not a regular file (a FIFO, a device or a socket): not replaced; give a file path");
            }
            var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }
                if (!OperatingSystem.IsWindows() && File.Exists(target))
                {
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                }
                File.Move(temp, target, overwrite: true);
            }
            catch
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                    // best effort: the original error is the one to report
                }
                catch (UnauthorizedAccessException)
                {
                }
                throw;
            }
        }

        /// <summary>Whether <paramref name="file"/> is marked read-only: no write permission for its owner (Unix) or the read-only attribute (Windows).</summary>
        public static bool IsReadOnly(string file)
            => OperatingSystem.IsWindows()
                ? File.GetAttributes(file).HasFlag(FileAttributes.ReadOnly)
                : (File.GetUnixFileMode(file) & UnixFileMode.UserWrite) == 0;
    }
}

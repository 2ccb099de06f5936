using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Whether a path is a regular file, as opposed to a FIFO, a character or block device or a socket,
    /// which .NET's file APIs do not tell apart (<see cref="FileAttributes"/> and
    /// <see cref="File.GetUnixFileMode(string)"/> hold no file type). Asked of the runtime's own
    /// native library, whose status record is the same on every Unix.
    /// </summary>
    internal static class FileKind
    {
        private const int TypeMask = 0xF000;
        private const int Regular = 0x8000;

        /// <summary>
        /// True when <paramref name="path"/> (its target, for a symbolic link) is a regular file, or
        /// cannot be told (Windows, or the status call failed: the caller's own checks decide then).
        /// </summary>
        public static bool IsRegularFile(string path)
        {
            if (OperatingSystem.IsWindows()) return true;
            try
            {
                return Stat(path, out var status) != 0 || (status.Mode & TypeMask) == Regular;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return true;
            }
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
        private static extern int Stat(string path, out FileStatus status);

        /// <summary>The leading fields of System.Native's FileStatus; its size leaves room for the fields after them.</summary>
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        private struct FileStatus
        {
            public int Flags;
            public int Mode;
        }
    }
}

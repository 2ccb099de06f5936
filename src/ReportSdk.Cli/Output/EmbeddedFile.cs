using System;
using System.IO;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// A file built into the tool (an EmbeddedResource of ReportSdk.Cli.csproj: the rules' docs,
    /// the editor schemas, the starter data of <c>init</c>), read by its logical name.
    /// </summary>
    internal static class EmbeddedFile
    {
        public static byte[] Read(string logicalName)
        {
            using var stream = typeof(EmbeddedFile).Assembly.GetManifestResourceStream(logicalName)
                ?? throw new InvalidOperationException($"the resource {logicalName} is missing from the build");
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace ReportSdk.Compiler.Text
{
    /// <summary>Lower-case hex SHA-256, the form hashes are written in the YAML.</summary>
    internal static class Sha256
    {
        public static string OfBytes(byte[] bytes)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(bytes);
            var builder = new StringBuilder(hash.Length * 2);
            foreach (var b in hash) builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        /// <summary>Hash of a text as UTF-8 without BOM, with CRLF read as LF (a checkout's line endings do not change the data).</summary>
        public static string OfText(string text) => OfBytes(new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n")));
    }
}

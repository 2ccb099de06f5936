using System;
using System.IO;
using System.Text;

namespace ReportSdk.Cli.Curating
{
    /// <summary>
    /// A YAML file read so that it can be written back byte for byte: its UTF-8 byte-order mark (if
    /// any) kept apart, the rest decoded strictly (invalid UTF-8 is refused, never replaced), line
    /// endings left as they are. <see cref="ToBytes"/> of an unchanged text gives the file's bytes.
    /// </summary>
    internal sealed class YamlFileText
    {
        private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private YamlFileText(bool hasBom, string text)
        {
            HasBom = hasBom;
            Text = text;
        }

        /// <summary>Whether the file starts with a UTF-8 byte-order mark.</summary>
        public bool HasBom { get; }

        /// <summary>The text after the byte-order mark, exactly as in the file (CRLF stays CRLF).</summary>
        public string Text { get; }

        /// <exception cref="InvalidDataException">The file is not UTF-8.</exception>
        public static YamlFileText Read(string path)
        {
            var bytes = Loading.InputFiles.ReadAllBytes(path);
            var hasBom = bytes.AsSpan().StartsWith(Bom);
            try
            {
                return new YamlFileText(hasBom, Strict.GetString(bytes, hasBom ? Bom.Length : 0, bytes.Length - (hasBom ? Bom.Length : 0)));
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException("the file is not UTF-8 text");
            }
        }

        /// <summary>The same file with another text: the byte-order mark as it was, the text as UTF-8.</summary>
        public YamlFileText With(string text) => new(HasBom, text);

        public byte[] ToBytes()
        {
            var text = Strict.GetBytes(Text);
            if (!HasBom) return text;
            var bytes = new byte[Bom.Length + text.Length];
            Bom.CopyTo(bytes, 0);
            text.CopyTo(bytes, Bom.Length);
            return bytes;
        }
    }
}

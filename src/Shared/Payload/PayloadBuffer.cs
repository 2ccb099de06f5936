using System.Globalization;
using System.IO;
using System.Text;

namespace ReportSdk.Payload
{
    /// <summary>
    /// Writes the tokens of the payload format: integers as <c>123;</c>, strings as their UTF-8
    /// byte count, <c>:</c> and the bytes, null as <c>~</c>. Compiled into the runtime and the
    /// compiler alike (see <see cref="PayloadFormat"/>).
    /// </summary>
    internal sealed class PayloadBuffer
    {
        // Lone surrogates cannot be written as UTF-8; the encoder replaces them, so every payload is valid UTF-8.
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private readonly MemoryStream _bytes = new();

        public PayloadBuffer(string header) => Ascii(header);

        /// <summary>A buffer for a block: tokens that are written into another buffer with <see cref="Block"/>.</summary>
        public PayloadBuffer()
        {
        }

        /// <summary>
        /// The tokens of <paramref name="block"/> as one token, written like a string (byte count,
        /// <c>:</c>, bytes): a reader can skip it whole and read it later.
        /// </summary>
        public PayloadBuffer Block(PayloadBuffer block)
        {
            var bytes = block.ToArray();
            Ascii(bytes.Length.ToString(CultureInfo.InvariantCulture));
            _bytes.WriteByte(PayloadFormat.LengthEnd);
            _bytes.Write(bytes, 0, bytes.Length);
            return this;
        }

        public PayloadBuffer Integer(int value)
        {
            Ascii(value.ToString(CultureInfo.InvariantCulture));
            _bytes.WriteByte(PayloadFormat.IntegerEnd);
            return this;
        }

        public PayloadBuffer Boolean(bool value) => Integer(value ? 1 : 0);

        /// <summary>A string, or null.</summary>
        public PayloadBuffer String(string? value)
        {
            if (value is null)
            {
                _bytes.WriteByte(PayloadFormat.Null);
                return this;
            }
            var bytes = Utf8.GetBytes(value);
            Ascii(bytes.Length.ToString(CultureInfo.InvariantCulture));
            _bytes.WriteByte(PayloadFormat.LengthEnd);
            _bytes.Write(bytes, 0, bytes.Length);
            return this;
        }

        public byte[] ToArray() => _bytes.ToArray();

        private void Ascii(string text)
        {
            foreach (var c in text) _bytes.WriteByte((byte)c);
        }
    }
}

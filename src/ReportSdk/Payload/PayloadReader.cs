using System;
using System.Buffers.Text;
using System.IO;
using System.Text;

namespace ReportSdk.Payload
{
    /// <summary>
    /// Reads the tokens <see cref="PayloadBuffer"/> writes, front to back, without allocating
    /// anything but the strings it returns. A payload that does not follow the format throws
    /// <see cref="FormatException"/> naming the byte offset.
    /// </summary>
    internal ref struct PayloadReader
    {
        private readonly ReadOnlySpan<byte> _payload;
        private int _position;

        /// <summary>
        /// Starts reading after <paramref name="header"/>; throws <see cref="InvalidDataException"/>
        /// if the payload is of another format version, <see cref="FormatException"/> if it does
        /// not start with the header otherwise.
        /// </summary>
        public PayloadReader(ReadOnlySpan<byte> payload, string header)
        {
            _payload = payload;
            _position = 0;
            for (var i = 0; i < header.Length; i++)
            {
                if (i == payload.Length || payload[i] != header[i]) throw Refusal(payload, header);
            }
            _position = header.Length;
        }

        /// <summary>
        /// Reads the tokens of one block of <paramref name="payload"/> (written by
        /// <see cref="PayloadBuffer.Block"/>); offsets stay those of the whole payload.
        /// </summary>
        public PayloadReader(ReadOnlySpan<byte> payload, Reading.PayloadRange block)
        {
            if (block.Offset < 0 || block.Length < 0 || block.Offset > payload.Length - block.Length)
            {
                throw new FormatException("ReportSdk payload: a block lies outside the payload");
            }
            _payload = payload.Slice(0, block.Offset + block.Length);
            _position = block.Offset;
        }

        /// <summary>A block: where it lies in the payload, to read later with <see cref="PayloadReader(ReadOnlySpan{byte}, Reading.PayloadRange)"/>.</summary>
        public Reading.PayloadRange Block()
        {
            var bytes = NullableBytes(out var isNull);
            if (isNull) throw Error("expected a block, found null");
            return new Reading.PayloadRange(_position - bytes.Length, bytes.Length);
        }

        /// <summary>
        /// Where a string (or null) lies, without decoding it: the reader's objects decode their
        /// text on first use, so a query that does not look at it does not pay for it.
        /// </summary>
        public PayloadText Text()
        {
            var bytes = NullableBytes(out var isNull);
            return isNull ? PayloadText.Null : new PayloadText(_position - bytes.Length, bytes.Length);
        }

        /// <summary>A code's bytes (ASCII), not decoded into a string.</summary>
        public ReadOnlySpan<byte> Code()
        {
            var bytes = NullableBytes(out var isNull);
            return isNull ? throw Error("expected a code, found null") : bytes;
        }

        /// <summary>A code's bytes, or <paramref name="isNull"/>.</summary>
        public ReadOnlySpan<byte> NullableCode(out bool isNull) => NullableBytes(out isNull);

        /// <summary>Whether every token has been read.</summary>
        public readonly bool AtEnd => _position == _payload.Length;

        public int Integer()
        {
            var rest = _payload.Slice(_position);
            var end = rest.IndexOf(PayloadFormat.IntegerEnd);
            if (end < 0 || !Utf8Parser.TryParse(rest.Slice(0, end), out int value, out var consumed) || consumed != end)
            {
                throw Error("expected an integer");
            }
            _position += end + 1;
            return value;
        }

        public bool Boolean() => Integer() != 0;

        /// <summary>A string that may be null.</summary>
        public string? NullableString()
        {
            var bytes = NullableBytes(out var isNull);
            return isNull ? null : Encoding.UTF8.GetString(bytes);
        }

        public string String() => NullableString() ?? throw Error("expected a string, found null");

        /// <summary>A decimal written as its invariant text (its scale kept: 8.0 stays 8.0), or null.</summary>
        public decimal? NullableDecimal()
        {
            var bytes = NullableBytes(out var isNull);
            if (isNull) return null;
            if (!Utf8Parser.TryParse(bytes, out decimal value, out var consumed) || consumed != bytes.Length) throw Error("expected a decimal");
            return value;
        }

        private ReadOnlySpan<byte> NullableBytes(out bool isNull)
        {
            if (_position < _payload.Length && _payload[_position] == PayloadFormat.Null)
            {
                _position++;
                isNull = true;
                return default;
            }
            isNull = false;
            var rest = _payload.Slice(_position);
            var colon = rest.IndexOf(PayloadFormat.LengthEnd);
            if (colon < 0 || !Utf8Parser.TryParse(rest.Slice(0, colon), out int length, out var consumed) || consumed != colon
                || length < 0 || length > rest.Length - colon - 1)
            {
                throw Error("expected a string");
            }
            _position += colon + 1 + length;
            return rest.Slice(colon + 1, length);
        }

        private readonly FormatException Error(string what) => new($"ReportSdk payload, byte {_position}: {what}");

        // Only on the way to an error: a header of this format with another version is told apart
        // from bytes that are no payload of this kind, so that a dataset built for another runtime says so.
        private static Exception Refusal(ReadOnlySpan<byte> payload, string header)
        {
            var name = Encoding.ASCII.GetBytes(PayloadFormat.Name + " ");
            if (payload.StartsWith(name))
            {
                var rest = payload.Slice(name.Length);
                var space = rest.IndexOf((byte)' ');
                if (space > 0 && Utf8Parser.TryParse(rest.Slice(0, space), out int version, out var consumed) && consumed == space && version != PayloadFormat.Version)
                {
                    return new InvalidDataException($"ReportSdk payload: payload format version {version}; this runtime reads version {PayloadFormat.Version} (a dataset goes with the ReportSdk it was generated for)");
                }
            }
            return payload.Length < header.Length
                ? new FormatException("ReportSdk payload, byte 0: not a ReportSdk payload (too short)")
                : new FormatException($"ReportSdk payload, byte 0: not a ReportSdk payload of this kind (expected '{header.TrimEnd()}')");
        }
    }
}

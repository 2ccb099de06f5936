using System;
using System.Buffers.Text;
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

        /// <summary>Starts reading after <paramref name="header"/>; throws if the payload does not start with it.</summary>
        public PayloadReader(ReadOnlySpan<byte> payload, string header)
        {
            _payload = payload;
            _position = 0;
            if (payload.Length < header.Length) throw Error("not a ReportSdk payload (too short)");
            for (var i = 0; i < header.Length; i++)
            {
                if (payload[i] != header[i]) throw Error($"not a ReportSdk payload of this kind and version (expected '{header.TrimEnd()}')");
            }
            _position = header.Length;
        }

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
    }
}

using System;
using System.Text;

namespace ReportSdk.Payload
{
    /// <summary>Where a string lies in a payload (UTF-8), or null; decoded only when asked for.</summary>
    internal readonly struct PayloadText
    {
        public static readonly PayloadText Null = new(0, -1);

        public PayloadText(int offset, int length)
        {
            Offset = offset;
            Length = length;
        }

        public int Offset { get; }

        public int Length { get; }

        public bool IsNull => Length < 0;

        public string? Decode(ReadOnlySpan<byte> payload) => IsNull ? null : Encoding.UTF8.GetString(payload.Slice(Offset, Length));
    }
}

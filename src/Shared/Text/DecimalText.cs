using System.Globalization;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// A number as a report writes it: plain decimal notation (digits, an optional fraction; no sign,
    /// no exponent), which a <see cref="decimal"/> must hold exactly. The compiler reads report and
    /// registry YAML with it and the runtime reads exports with it, so that a value is accepted or
    /// refused alike at every door, and never rounded or flushed to zero on the way.
    /// </summary>
    /// <remarks>
    /// A decimal holds 28 or 29 significant digits and at most 28 after the point: 0.1 and 5128.40 fit
    /// as written; 34 significant digits, or 29 after the point, would be rounded, and so are refused.
    /// </remarks>
    internal static class DecimalText
    {
        /// <summary>Whether <paramref name="text"/> is plain decimal notation: 8, 5128.4, 0.75; not -2, 1e4, .5, 5. or 1,000.</summary>
        public static bool IsPlain(string text)
        {
            if (text.Length == 0 || text[0] == '.' || text[text.Length - 1] == '.') return false;
            var points = 0;
            foreach (var c in text)
            {
                if (c == '.') points++;
                else if (c < '0' || c > '9') return false;
            }
            return points <= 1;
        }

        /// <summary>
        /// The decimal <paramref name="text"/> (plain notation) writes, when a decimal holds it exactly, digit for digit
        /// and with its trailing zeros; false when it is not plain, too large, or would lose digits.
        /// </summary>
        public static bool TryParseExact(string text, out decimal value)
        {
            value = 0m;
            if (!IsPlain(text) || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)) return false;
            // Printed back, an exact decimal is the text without its leading zeros (007.50 → 7.50).
            var digits = text.TrimStart('0');
            if (digits.Length == 0 || digits[0] == '.') digits = "0" + digits;
            if (parsed.ToString(CultureInfo.InvariantCulture) != digits) return false;
            value = parsed;
            return true;
        }

        /// <summary>Why plain <paramref name="text"/> is not exact as a decimal, for a finding or an exception's message.</summary>
        public static string WhyNotExact(string text)
            => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                ? $"{Shorten(text)} has more digits than a decimal holds (28 significant digits, 28 after the point) and would be rounded"
                : $"{Shorten(text)} is beyond the range of a decimal (about 7.9 × 10^28)";

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 20) + "…" + text.Substring(text.Length - 10) + $" ({text.Length} characters)";
    }
}

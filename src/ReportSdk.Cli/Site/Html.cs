using System.Globalization;
using System.Text;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// The few helpers every page writer needs: escaping (everything that comes from the data goes
    /// through <see cref="Escape"/>) and culture-invariant numbers, so that a page is the same bytes
    /// on every machine.
    /// </summary>
    internal static class Html
    {
        /// <summary>Text safe inside an element or a double-quoted attribute: &amp; &lt; &gt; &quot; &#39; escaped.</summary>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var builder = new StringBuilder(text!.Length + 16);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    case '\'': builder.Append("&#39;"); break;
                    // A carriage return would change the bytes between machines; the sources are LF.
                    case '\r': break;
                    default: builder.Append(c); break;
                }
            }
            return builder.ToString();
        }

        /// <summary>Appends <paramref name="text"/> and an LF (never the platform's line ending).</summary>
        public static StringBuilder Line(this StringBuilder builder, string text = "") => builder.Append(text).Append('\n');

        /// <summary>An integer in invariant digits.</summary>
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A decimal exactly as held (5128.4 stays 5128.4, 8.0 stays 8.0), invariant.</summary>
        public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}

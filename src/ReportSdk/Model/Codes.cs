using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSdk
{
    /// <summary>
    /// The kebab-case codes used in the YAML and the exports for the enums of this library:
    /// <c>Bound.AtLeast.ToCode()</c> is <c>"at-least"</c>, <c>Codes.Parse&lt;Bound&gt;("at-least")</c> is <see cref="Bound.AtLeast"/>.
    /// </summary>
    public static class Codes
    {
        /// <summary>The code of an enum value, such as <c>at-least</c>.</summary>
        public static string ToCode<TEnum>(this TEnum value) where TEnum : struct, Enum => CodeTable<TEnum>.ToCode[value];

        /// <summary>The enum value of a code; throws <see cref="FormatException"/> for an unknown code.</summary>
        public static TEnum Parse<TEnum>(string code) where TEnum : struct, Enum
            => TryParse<TEnum>(code, out var value) ? value : throw new FormatException($"'{code}' is not a {typeof(TEnum).Name} code; expected one of: {string.Join(", ", CodeTable<TEnum>.FromCode.Keys.Order(StringComparer.Ordinal))}");

        /// <summary>The enum value of a code, if it is one.</summary>
        public static bool TryParse<TEnum>(string code, out TEnum value) where TEnum : struct, Enum
            => CodeTable<TEnum>.FromCode.TryGetValue(code, out value);

        private static class CodeTable<TEnum> where TEnum : struct, Enum
        {
            public static readonly FrozenDictionary<TEnum, string> ToCode = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

            public static readonly FrozenDictionary<string, TEnum> FromCode = ToCode.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        }

        private static string Kebab(string pascal)
        {
            var builder = new StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                if (char.IsUpper(pascal[i]) && i > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(pascal[i]));
            }
            return builder.ToString();
        }
    }
}

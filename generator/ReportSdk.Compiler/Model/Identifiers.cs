using System.Text;

namespace ReportSdk.Compiler.Model
{
    /// <summary>How kebab-case keys and codes become C# identifiers.</summary>
    internal static class Identifiers
    {
        private static readonly string[] CSharpKeywords =
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",
        };

        /// <summary>True for <c>gdp-growth</c>, <c>key-work</c>, <c>10k-yuan</c>; false for <c>GdpGrowth</c>, <c>a_b</c>, <c>a--b</c>.</summary>
        public static bool IsKebabCase(string key) => Validation.ValueRules.IsKebabCase(key);

        /// <summary><c>gdp-growth</c> → <c>GdpGrowth</c>; <c>10k-yuan</c> → <c>_10kYuan</c>.</summary>
        public static string ToPascalCase(string key)
        {
            var builder = new StringBuilder(key.Length);
            var upper = true;
            foreach (var c in key)
            {
                if (c == '-')
                {
                    upper = true;
                    continue;
                }
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            if (builder.Length > 0 && char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }
            return builder.ToString();
        }

        /// <summary>Whether <paramref name="name"/> is a plain C# identifier (ASCII letters, digits, underscore; not a keyword).</summary>
        public static bool IsValidIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }
            foreach (var c in name)
            {
                if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_')))
                {
                    return false;
                }
            }
            return System.Array.IndexOf(CSharpKeywords, name) < 0;
        }
    }
}

using System;

namespace ReportSdk
{
    /// <summary>
    /// A unit of measure (万元, 亿元, %, 万人…). Units of the same <see cref="Dimension"/> convert into
    /// each other through their <see cref="Scale"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public sealed class Unit
    {
        // Only the payload reader (and ConvertTo) creates these: adding a field is not a breaking change.
        internal Unit(string code, string name, string english, string dimension, decimal scale)
        {
            Code = code;
            Name = name;
            English = english;
            Dimension = dimension;
            Scale = scale;
        }

        /// <summary>The registry code, such as <c>100m-yuan</c>.</summary>
        public string Code { get; }

        /// <summary>The Chinese word, such as 亿元.</summary>
        public string Name { get; }

        /// <summary>The English name, such as "100 million yuan".</summary>
        public string English { get; }

        /// <summary>What it measures (<c>money</c>, <c>people</c>…); only units of one dimension convert.</summary>
        public string Dimension { get; }

        /// <summary>Its size in the dimension's base unit (亿元: 100000000 yuan).</summary>
        public decimal Scale { get; }

        /// <summary>Whether a value in this unit can be converted into <paramref name="other"/>.</summary>
        public bool ConvertsTo(Unit other) => string.Equals(Dimension, other.Dimension, StringComparison.Ordinal);

        /// <inheritdoc />
        public override string ToString() => Code;
    }
}

using System;
using System.Globalization;

namespace ReportSdk
{
    /// <summary>
    /// A number as a report states it: an exact decimal <see cref="Value"/> (5128.4 stays 5128.4),
    /// an optional <see cref="Max"/> for ranges, its <see cref="Unit"/>, its <see cref="Bound"/>
    /// and the <see cref="Period"/> it is for.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public sealed class Quantity : IEquatable<Quantity>
    {
        // Only the payload reader (and ConvertTo) creates these: adding a field is not a breaking change.
        internal Quantity(decimal value, decimal? max, Unit unit, string? measure, Bound bound, Period period)
        {
            ArgumentNullException.ThrowIfNull(unit);
            if ((bound == Bound.Range) != max.HasValue)
            {
                throw new ArgumentException("a range has a max, and only a range has one", nameof(max));
            }
            Value = value;
            Max = max;
            Unit = unit;
            Measure = measure;
            Bound = bound;
            Period = period;
        }

        /// <summary>The value exactly as written; for a range, its low end.</summary>
        public decimal Value { get; }

        /// <summary>The high end of a range (1—2家 → 2); null otherwise.</summary>
        public decimal? Max { get; }

        /// <summary>The unit (percent, 100m-yuan…).</summary>
        public Unit Unit { get; }

        /// <summary>For counts, the measure word (个, 家, 所…); null otherwise.</summary>
        public string? Measure { get; }

        /// <summary>How the figure relates to the value (at least, about…).</summary>
        public Bound Bound { get; }

        /// <summary>The year or years the quantity is for.</summary>
        public Period Period { get; }

        /// <summary>
        /// The same quantity in another unit of the same dimension (万元 ↔ 亿元), computed exactly
        /// in decimal. Throws <see cref="InvalidOperationException"/> across dimensions.
        /// </summary>
        public Quantity ConvertTo(Unit unit)
        {
            ArgumentNullException.ThrowIfNull(unit);
            if (!Unit.ConvertsTo(unit))
            {
                throw new InvalidOperationException($"cannot convert {Unit.Code} ({Unit.Dimension}) into {unit.Code} ({unit.Dimension})");
            }
            decimal Convert(decimal v) => v * Unit.Scale / unit.Scale;
            return new Quantity(Convert(Value), Max is { } max ? Convert(max) : null, unit, Measure, Bound, Period);
        }

        /// <inheritdoc />
        public bool Equals(Quantity? other)
            => other is not null && Value == other.Value && Max == other.Max && Unit.Code == other.Unit.Code
               && Measure == other.Measure && Bound == other.Bound && Period == other.Period;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Quantity);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(Value, Max, Unit.Code, Bound, Period);

        /// <summary>
        /// The quantity in the words of a Chinese report, with the unit's Chinese name and the bound's
        /// wording: <c>8%以上</c>, <c>8000亿元</c>, <c>6%左右</c>, <c>近5万人</c>, <c>超过3000亿元</c>,
        /// <c>1—2家</c>, <c>预计5128.4亿元</c>. The value is written exactly (5128.4 stays 5128.4) and
        /// does not depend on the culture; the period is not part of it (see <see cref="Period"/>).
        /// </summary>
        public string ToChineseText()
            => ChineseQuantityText.Format(Value.ToString(CultureInfo.InvariantCulture), Max?.ToString(CultureInfo.InvariantCulture), Unit.Name, Measure, Bound.ToCode());

        /// <summary>Invariant text such as <c>at-least 8 percent (2021)</c> or <c>range 1-2 count 家 (2021)</c>.</summary>
        public override string ToString()
        {
            var value = Max is { } max
                ? string.Create(CultureInfo.InvariantCulture, $"{Value}-{max}")
                : Value.ToString(CultureInfo.InvariantCulture);
            var measure = Measure is null ? "" : " " + Measure;
            return $"{Bound.ToCode()} {value} {Unit.Code}{measure} ({Period})";
        }
    }
}

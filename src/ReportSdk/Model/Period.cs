using System;
using System.Globalization;

namespace ReportSdk
{
    /// <summary>The year or range of years a figure is for: <c>2021</c> or <c>2021-2025</c>.</summary>
    public readonly struct Period : IEquatable<Period>, IComparable<Period>
    {
        /// <summary>A period from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
        public Period(int start, int end)
        {
            if (end < start) throw new ArgumentOutOfRangeException(nameof(end), "a period cannot end before it starts");
            Start = start;
            End = end;
        }

        /// <summary>A single year.</summary>
        public Period(int year) : this(year, year)
        {
        }

        /// <summary>The first year.</summary>
        public int Start { get; }

        /// <summary>The last year (equal to <see cref="Start"/> for a single year).</summary>
        public int End { get; }

        /// <summary>Whether the period is one year.</summary>
        public bool IsSingleYear => Start == End;

        /// <summary>Reads <c>2021</c> or <c>2021-2025</c>.</summary>
        public static Period Parse(string text)
        {
            var dash = text.IndexOf('-');
            return dash < 0
                ? new Period(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture))
                : new Period(int.Parse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture),
                    int.Parse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        /// <summary>Whether <paramref name="year"/> lies in the period.</summary>
        public bool Contains(int year) => Start <= year && year <= End;

        /// <inheritdoc />
        public bool Equals(Period other) => Start == other.Start && End == other.End;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Period other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(Start, End);

        /// <summary>Orders by start year, then end year.</summary>
        public int CompareTo(Period other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

        /// <summary><c>2021</c> or <c>2021-2025</c>.</summary>
        public override string ToString()
            => IsSingleYear ? Start.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Start}-{End}");

        /// <summary>Equal periods.</summary>
        public static bool operator ==(Period left, Period right) => left.Equals(right);

        /// <summary>Different periods.</summary>
        public static bool operator !=(Period left, Period right) => !left.Equals(right);
    }
}

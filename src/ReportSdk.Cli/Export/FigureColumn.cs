using System;
using System.Globalization;
using System.Text.Json;

namespace ReportSdk.Cli.Export
{
    /// <summary>
    /// One column of a figure row (<see cref="FigureColumns"/>): its name and how to read it from a
    /// figure — a text, a number or a flag, null where the figure has no value. Built through
    /// <see cref="Text"/>, <see cref="Number"/> and <see cref="Flag"/>, so every reading has one of those types.
    /// </summary>
    internal sealed class FigureColumn
    {
        private readonly Func<Figure, object?> _read;

        private FigureColumn(string name, Func<Figure, object?> read)
        {
            Name = name;
            _read = read;
        }

        /// <summary>The column's name: the CSV header, the JSON property, the table heading.</summary>
        public string Name { get; }

        public static FigureColumn Text(string name, Func<Figure, string?> read) => new(name, read);

        /// <summary>A decimal, written exactly as curated (8.0 stays 8.0).</summary>
        public static FigureColumn Number(string name, Func<Figure, decimal?> read) => new(name, f => read(f));

        public static FigureColumn Flag(string name, Func<Figure, bool> read) => new(name, f => read(f));

        /// <summary>The cell as text: numbers with a decimal point in every culture, flags as true or false; null when there is no value.</summary>
        public string? TextOf(Figure figure) => _read(figure) switch
        {
            null => null,
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            var text => (string)text,
        };

        /// <summary>Writes the cell as a JSON property: a string, a number, a boolean or null.</summary>
        public void WriteJson(Utf8JsonWriter json, Figure figure)
        {
            switch (_read(figure))
            {
                case null: json.WriteNull(Name); break;
                case decimal number: json.WriteNumber(Name, number); break;
                case bool flag: json.WriteBoolean(Name, flag); break;
                case var text: json.WriteString(Name, (string)text); break;
            }
        }
    }
}

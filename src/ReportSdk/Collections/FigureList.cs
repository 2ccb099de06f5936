using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;

namespace ReportSdk
{
    /// <summary>
    /// A report's targets or actuals in document order, with O(1) lookup by key. Generated
    /// datasets derive from it to give every figure a named property.
    /// </summary>
    public abstract class FigureList<TFigure> : IReadOnlyList<TFigure> where TFigure : Figure
    {
        private readonly TFigure[] _figures;
        private KeyIndex? _byKey;

        /// <summary>A list of these figures, in this order (copied: the list never changes).</summary>
        private protected FigureList(IReadOnlyList<TFigure> figures) => _figures = figures.ToArray();

        /// <inheritdoc />
        public int Count => _figures.Length;

        /// <inheritdoc />
        public TFigure this[int index] => _figures[index];

        /// <summary>The figure with this key; throws <see cref="KeyNotFoundException"/> if there is none.</summary>
        public TFigure Get(string key)
            => TryGet(key, out var figure) ? figure : throw NotFound.Error($"{typeof(TFigure).Name.ToLowerInvariant()} with key", key, _figures.Select(f => f.Key));

        /// <summary>The figure with this key, if there is one.</summary>
        public bool TryGet(string key, [MaybeNullWhen(false)] out TFigure figure)
        {
            ArgumentNullException.ThrowIfNull(key);
            var index = IndexOf(key);
            figure = index < 0 ? null : _figures[index];
            return index >= 0;
        }

        /// <summary>
        /// The position of the figure with this key, or -1: a hash table of the keys, built on the
        /// list's first lookup (the keys decoded then, once).
        /// </summary>
        protected virtual int IndexOf(string key)
            => (_byKey ?? BuildIndex()).IndexOf(key);

        /// <summary>The figures of one indicator, in document order.</summary>
        public IEnumerable<TFigure> Of(Indicator indicator) => _figures.Where(f => ReferenceEquals(f.Indicator, indicator) || f.Indicator?.Code == indicator.Code);

        /// <inheritdoc />
        public IEnumerator<TFigure> GetEnumerator() => ((IEnumerable<TFigure>)_figures).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // Built on first use, so that loading a report costs only its objects.
        private KeyIndex BuildIndex()
        {
            var keys = new string[_figures.Length];
            for (var i = 0; i < keys.Length; i++) keys[i] = _figures[i].Key;
            var index = new KeyIndex(keys);
            return Interlocked.CompareExchange(ref _byKey, index, null) ?? index;
        }
    }
}

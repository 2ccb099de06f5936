using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading;

namespace ReportSdk
{
    /// <summary>
    /// The sections at one level of a report, in order, with lookup by path among them and all
    /// their descendants.
    /// </summary>
    public class SectionList : IReadOnlyList<Section>
    {
        private readonly Section[] _sections;
        private FrozenDictionary<string, Section>? _byPath;

        /// <summary>A list of these sections, in this order (copied: the list never changes); generated datasets derive their typed trees from it.</summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        protected internal SectionList(IReadOnlyList<Section> sections) => _sections = System.Linq.Enumerable.ToArray(sections);

        /// <summary>An empty list, for sections without children.</summary>
        public static SectionList Empty { get; } = new(System.Array.Empty<Section>());

        /// <inheritdoc />
        public int Count => _sections.Length;

        /// <inheritdoc />
        public Section this[int index] => _sections[index];

        /// <summary>The section with this full path (<c>key-work/manufacturing</c>) in this list or below it; null if none.</summary>
        public Section? Find(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            return FindByPath(path);
        }

        /// <summary>
        /// The lookup behind <see cref="Find"/>. Generated section trees override it with a
        /// compiled switch, which needs nothing built at start-up; this version builds a frozen
        /// dictionary on first use.
        /// </summary>
        protected virtual Section? FindByPath(string path)
            => (_byPath ?? BuildIndex()).GetValueOrDefault(path);

        /// <summary>Every section in this list and below it, depth first in document order.</summary>
        public IEnumerable<Section> Descendants()
        {
            foreach (var section in _sections)
            {
                yield return section;
                foreach (var child in section.Children.Descendants())
                {
                    yield return child;
                }
            }
        }

        /// <inheritdoc />
        public IEnumerator<Section> GetEnumerator() => ((IEnumerable<Section>)_sections).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // Built on first use: most programs never look sections up by path.
        private FrozenDictionary<string, Section> BuildIndex()
        {
            var index = new Dictionary<string, Section>(StringComparer.Ordinal);
            foreach (var section in Descendants())
            {
                index[section.Path] = section;
            }
            var frozen = index.ToFrozenDictionary(StringComparer.Ordinal);
            return Interlocked.CompareExchange(ref _byPath, frozen, null) ?? frozen;
        }
    }
}

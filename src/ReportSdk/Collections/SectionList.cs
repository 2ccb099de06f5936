using System;
using System.Collections;
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
        private PathIndex? _byPath;

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
        /// The lookup behind <see cref="Find"/>: a hash table of the paths of this list and below it,
        /// built on the list's first lookup.
        /// </summary>
        protected virtual Section? FindByPath(string path)
        {
            var byPath = _byPath ?? BuildIndex();
            var at = byPath.Paths.IndexOf(path);
            return at < 0 ? null : byPath.Sections[at];
        }

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
        private PathIndex BuildIndex()
        {
            var sections = new List<Section>();
            foreach (var section in Descendants()) sections.Add(section);
            var paths = new string[sections.Count];
            for (var i = 0; i < paths.Length; i++) paths[i] = sections[i].Path;
            var built = new PathIndex(new KeyIndex(paths), sections.ToArray());
            return Interlocked.CompareExchange(ref _byPath, built, null) ?? built;
        }

        private sealed record PathIndex(KeyIndex Paths, Section[] Sections);
    }
}

namespace ReportSdk
{
    /// <summary>
    /// A numbered section (一、), subsection (（一）) or item (一是) of a report. Generated datasets
    /// derive from it to give every child a named property.
    /// </summary>
    public class Section
    {
        /// <summary>Creates a section; datasets are generated with these, not written by hand.</summary>
        public Section(string key, string path, string number, string title, SectionRole role, SectionList children)
        {
            Key = key;
            Path = path;
            Number = number;
            Title = title;
            Role = role;
            Children = children;
            foreach (var child in children)
            {
                child.Parent = this;
            }
        }

        /// <summary>The stable English key, such as <c>manufacturing</c>.</summary>
        public string Key { get; }

        /// <summary>The keys from the top joined by '/', such as <c>key-work/manufacturing</c>.</summary>
        public string Path { get; }

        /// <summary>The numbering mark as it stands in the report: 一、, （一）, 一是.</summary>
        public string Number { get; }

        /// <summary>The exact title words.</summary>
        public string Title { get; }

        /// <summary>The role of the top-level section this one belongs to.</summary>
        public SectionRole Role { get; }

        /// <summary>The numbered parts below this one, in order.</summary>
        public SectionList Children { get; }

        /// <summary>The section this one is part of; null at the top.</summary>
        public Section? Parent { get; private set; }

        /// <summary>The report the section belongs to.</summary>
        public Report Report { get; internal set; } = null!;

        /// <inheritdoc />
        public override string ToString() => Number + Title;
    }
}

namespace ReportSdk
{
    /// <summary>Who delivered a report.</summary>
    public sealed class Speaker
    {
        /// <summary>Creates a speaker.</summary>
        public Speaker(string name, string title)
        {
            Name = name;
            Title = title;
        }

        /// <summary>The name, such as 刘宛康.</summary>
        public string Name { get; }

        /// <summary>The official title, such as 洛阳市人民政府市长.</summary>
        public string Title { get; }

        /// <inheritdoc />
        public override string ToString() => Title + " " + Name;
    }
}

namespace ReportSdk
{
    /// <summary>Administrative level of a region.</summary>
    public enum RegionLevel
    {
        /// <summary>省. Code <c>province</c>.</summary>
        Province,

        /// <summary>地级市. Code <c>prefecture</c>.</summary>
        Prefecture,

        /// <summary>市辖区. Code <c>district</c>.</summary>
        District,

        /// <summary>县. Code <c>county</c>.</summary>
        County,
    }
}

using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Cli.Site
{
    /// <summary>Every file of the site, by its path inside the site's folder, in a fixed order.</summary>
    internal static class SitePages
    {
        /// <summary>The file that marks a folder as a site written by <c>reportsdk site</c>, which a later run may replace whole.</summary>
        public const string MarkerFile = ".reportsdk-site";

        public static IReadOnlyList<(string Path, string Text)> All(SiteModel site)
        {
            var files = new List<(string Path, string Text)>
            {
                (MarkerFile, "written by reportsdk site; the next run replaces this folder whole\n"),
                ("index.html", IndexPage.Write(site)),
            };
            files.AddRange(site.Reports.Select(r => ("reports/" + r.FileName, ReportPage.Write(site, r))));
            files.AddRange(site.Series.Select(s => ("indicators/" + s.FileName, IndicatorPage.Write(site, s))));
            files.AddRange(SiteAssets.All);
            // LF everywhere, whatever line endings this source file was checked out with.
            return files.Select(f => (f.Path, f.Text.Replace("\r\n", "\n"))).ToList();
        }
    }
}

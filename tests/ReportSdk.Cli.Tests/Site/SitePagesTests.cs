using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Site;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>
/// The pages as HTML, without a browser: each report page holds its source text exactly, each
/// figure has one highlight, every link resolves inside the site, nothing points to the network.
/// </summary>
public class SitePagesTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Bundled = new(() =>
    {
        var compiled = DatasetLoader.Load(new[] { Repo.Data });
        var site = SiteModelBuilder.Build(compiled, DatasetLoader.Read(compiled, "1.0.0"));
        return SitePages.All(site).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
    });

    private static readonly Regex Article = new("<article class=\"source\"[^>]*>(?<text>.*?)</article>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Tag = new("<[^>]+>", RegexOptions.CultureInvariant);
    private static readonly Regex Highlight = new("<mark class=\"quote[^\"]*\" id=\"(?<id>[^\"]+)\"[^>]* data-figures=\"(?<figures>[^\"]+)\">", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new("(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex Id = new(" id=\"(?<id>[^\"]+)\"", RegexOptions.CultureInvariant);

    public static TheoryData<string> ReportIds => new(Luoyang.Reports.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(ReportIds))]
    public void A_report_page_holds_its_source_text_exactly(string id)
    {
        var html = Bundled.Value[$"reports/{id}.html"];
        var text = WebUtility.HtmlDecode(Tag.Replace(Article.Match(html).Groups["text"].Value, ""));
        Assert.Equal(File.ReadAllText(Repo.DataFile("sources", id + ".txt")).Replace("\r", ""), text);
    }

    [Theory]
    [MemberData(nameof(ReportIds))]
    public void Each_figure_has_exactly_one_highlight(string id)
    {
        var html = Bundled.Value[$"reports/{id}.html"];
        var anchors = Highlight.Matches(html).SelectMany(m => m.Groups["figures"].Value.Split(' ')).ToList();
        var report = Luoyang.Reports.All.Get(id);
        var expected = report.Targets.Select(t => "t-" + t.Key).Concat(report.Actuals.Select(a => "a-" + a.Key)).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), anchors.Order(StringComparer.Ordinal));
        // Each highlight names its tooltip, and the tooltip exists.
        foreach (Match highlight in Highlight.Matches(html))
        {
            Assert.Contains($"aria-describedby=\"tip-{highlight.Groups["id"].Value}\"", highlight.Value, StringComparison.Ordinal);
            Assert.Contains($"<div class=\"tip\" role=\"tooltip\" id=\"tip-{highlight.Groups["id"].Value}\" hidden>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_link_resolves_to_a_file_of_the_site_and_an_id_in_it()
    {
        var pages = Bundled.Value;
        var ids = pages.ToDictionary(p => p.Key, p => Id.Matches(p.Value).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal));
        foreach (var (path, html) in pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var url in Link.Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)))
            {
                Assert.DoesNotContain("//", url, StringComparison.Ordinal);
                var hash = url.IndexOf('#');
                var file = hash < 0 ? url : url[..hash];
                var target = file.Length == 0 ? path : Resolve(path, file);
                Assert.True(pages.ContainsKey(target), $"{path}: '{url}' leads to no file of the site");
                if (hash >= 0) Assert.True(ids[target].Contains(url[(hash + 1)..]), $"{path}: '{url}' names no id in {target}");
            }
        }
    }

    [Fact]
    public void Nothing_refers_to_the_network()
    {
        foreach (var (path, text) in Bundled.Value)
        {
            // The SVG namespace is a name, never fetched.
            var rest = text.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal);
            Assert.False(rest.Contains("http:", StringComparison.Ordinal) || rest.Contains("https:", StringComparison.Ordinal), path + " refers to the network");
            Assert.DoesNotContain("@import", rest, StringComparison.Ordinal);
            Assert.DoesNotContain("fetch(", rest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_is_for_phones_and_names_its_language()
    {
        foreach (var (path, html) in Bundled.Value.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
            Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        }
    }

    private static string Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..") parts.RemoveAt(parts.Count - 1);
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using ReportSdk.Cli.Site;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>A report page as HTML: escaping, the figures' highlights and tooltips, the navigation and coverage.</summary>
public class ReportPageTests
{
    [Fact]
    public void Markup_in_the_data_is_escaped_everywhere()
    {
        var site = SampleSite.WithMarkup();
        var html = ReportPage.Write(site, Assert.Single(site.Reports));

        Assert.DoesNotContain(SampleSite.Markup, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(SampleSite.Markup).Replace("&quot;", "\"", StringComparison.Ordinal), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_figure_has_one_highlight_with_its_tooltip()
    {
        var site = SampleSite.Model();
        var html = ReportPage.Write(site, Assert.Single(site.Reports));

        foreach (var anchor in new[] { "t-growth", "t-range", "t-qualitative", "a-growth", "a-gdp" })
        {
            Assert.Single(Regex.Matches(html, $"data-figures=\"[^\"]*\\b{anchor}\\b"));
            Assert.Single(Regex.Matches(html, $"<div class=\"tip-figure [a-z]+\" data-figure=\"{anchor}\">"));
        }
        // Targets, actuals and the flags told apart.
        Assert.Contains("<mark class=\"quote target headline\" id=\"q-t-growth\" tabindex=\"0\" aria-describedby=\"tip-q-t-growth\" data-figures=\"t-growth\">", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"quote target aspirational\" id=\"q-t-range\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"quote target qualitative\" id=\"q-t-qualitative\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"quote actual\" id=\"q-a-gdp\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tooltip_gives_key_label_value_bound_unit_period_indicator_and_YAML_line()
    {
        var site = SampleSite.Model();
        var html = ReportPage.Write(site, Assert.Single(site.Reports));
        var tip = Regex.Match(html, "<div class=\"tip-figure target\" data-figure=\"t-growth\">.*?</dl>", RegexOptions.Singleline).Value;

        Assert.Contains("<code class=\"key\">growth</code>", tip, StringComparison.Ordinal);
        Assert.Contains("生产总值增长", tip, StringComparison.Ordinal);
        Assert.Contains("≥ 8.0 %", tip, StringComparison.Ordinal);
        Assert.Contains("<code>at-least</code>", tip, StringComparison.Ordinal);
        Assert.Contains("2021 <span class=\"kind\">(annual)</span>", tip, StringComparison.Ordinal);
        Assert.Contains("<code>gdp-growth</code>", tip, StringComparison.Ordinal);
        Assert.Matches("<code>sample/reports/test-2021-gwr.yaml:[0-9]+</code>", tip);
    }

    [Fact]
    public void The_navigation_links_every_section_heading_in_the_text()
    {
        var site = SampleSite.Model();
        var html = ReportPage.Write(site, Assert.Single(site.Reports));

        foreach (var path in new[] { "plan", "key-work", "key-work/manufacturing" })
        {
            Assert.Contains($"<a href=\"#s-{path}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"heading\" id=\"s-{path}\" tabindex=\"-1\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dismissed_and_unaccounted_numbers_are_marked()
    {
        var site = SampleSite.Model();
        var html = ReportPage.Write(site, Assert.Single(site.Reports));

        // The sample dismisses nothing: 2021 in the plan's heading is unaccounted for, and flagged.
        Assert.Matches("<mark class=\"num unaccounted\" id=\"n-1\" tabindex=\"0\" data-desc=\"unaccounted: [^\"]*\">2021</mark>", html);
        Assert.Contains("<a href=\"#n-1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_figure_table_links_each_figure_to_its_quote()
    {
        var site = SampleSite.Model();
        var report = Assert.Single(site.Reports);
        var html = ReportPage.Write(site, report);

        foreach (var figure in report.Figures)
        {
            Assert.Contains($"<tr id=\"{figure.Anchor}\" class=\"{figure.List}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#{figure.QuoteAnchor}\" class=\"to-quote\">{figure.Key}</a>", html, StringComparison.Ordinal);
        }
    }
}

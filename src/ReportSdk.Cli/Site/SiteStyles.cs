namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// <c>assets/site.css</c>: system fonts (Chinese ones named first for Chinese text), targets and
    /// actuals told apart by colour and by line style, visible focus, and a layout that folds into
    /// one column on a phone.
    /// </summary>
    internal static class SiteStyles
    {
        public const string Css = """
:root {
  --text: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --panel: #f6f8fa;
  --target: #1d4ed8; --target-bg: #dbeafe; --actual: #b45309; --actual-bg: #ffedd5;
  --flag: #b91c1c; --flag-bg: #fee2e2; --focus: #7e22ce;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: var(--bg); line-height: 1.6;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
:lang(zh-CN) { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
code.hash { overflow-wrap: anywhere; }
a { color: #0b57d0; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem; z-index: 20; }
.skip:focus { left: .5rem; }
header.site, footer.site { padding: .5rem 1rem; background: var(--panel); border-bottom: 1px solid var(--line); font-size: .9rem; }
footer.site { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 2rem; color: var(--muted); }
header.site a { font-weight: 600; text-decoration: none; }
header.site .version { color: var(--muted); margin-left: .5rem; }
main { padding: 0 1rem 1rem; max-width: 80rem; margin: 0 auto; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; margin: 1rem 0 .5rem; }
h1 .id { font-size: .9rem; color: var(--muted); font-weight: 400; margin-left: .5rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.lead, .dataset, .note, .hint { color: var(--muted); }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .25rem 1.5rem; margin: 0 0 1rem; }
.meta div { display: flex; gap: .5rem; }
.meta dt { color: var(--muted); min-width: 7.5rem; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .5rem .75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.legend .hint { flex-basis: 100%; margin: 0; font-size: .85rem; }
.reader { display: grid; grid-template-columns: minmax(13rem, 19rem) minmax(0, 1fr); gap: 2rem; margin-top: 1rem; }
.toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding: .5rem 0; font-size: .9rem; }
.toc h2 { margin-top: 0; }
.toc ol { list-style: none; padding-left: .75rem; margin: 0; }
.toc > ol { padding-left: 0; }
.toc li { margin: .2rem 0; }
.toc .count { color: var(--muted); font-size: .8rem; }
.source { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 2; max-width: 46em; }
.source .heading { font-weight: 700; scroll-margin-top: 1rem; }
mark { background: none; color: inherit; }
mark.quote { border-radius: 2px; padding: 0 1px; cursor: help; scroll-margin: 4rem; }
mark.quote.target { background: var(--target-bg); border-bottom: 2px solid var(--target); }
mark.quote.actual { background: var(--actual-bg); border-bottom: 2px dashed var(--actual); }
mark.quote.target.actual { background: linear-gradient(var(--target-bg), var(--actual-bg)); border-bottom-style: double; border-bottom-width: 3px; }
mark.quote.headline { font-weight: 700; }
mark.quote.aspirational { text-decoration: underline wavy var(--muted); text-underline-offset: 6px; }
mark.quote.qualitative { background: none; outline: 1px dotted currentColor; }
mark.quote mark.quote { box-shadow: inset 0 -5px 0 rgba(0, 0, 0, .18); }
mark.quote:focus, mark.quote.active { outline: 3px solid var(--focus); outline-offset: 1px; }
mark.num.dismissed { color: var(--muted); text-decoration: underline dotted; text-underline-offset: 4px; }
mark.num.unaccounted { background: var(--flag-bg); color: var(--flag); outline: 2px solid var(--flag); border-radius: 2px; }
body.show-reasons mark.num.dismissed::after { content: attr(data-reason); font-size: .65em; vertical-align: super; margin-left: 1px; font-family: system-ui, sans-serif; }
.toggle { font-size: .9rem; }
.tip { position: absolute; z-index: 10; width: max-content; max-width: min(30rem, calc(100vw - 16px)); background: #fff; border: 1px solid var(--line);
  border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, .18); padding: .5rem .75rem; font-size: .9rem; line-height: 1.5; }
.tip[hidden] { display: none; }
.tip-figure + .tip-figure { border-top: 1px solid var(--line); margin-top: .5rem; padding-top: .5rem; }
.tip-head { margin: 0 0 .25rem; }
.tip dl { margin: 0; }
.tip dl div { display: flex; gap: .5rem; }
.tip dt { color: var(--muted); min-width: 5.5rem; }
.tip dd { margin: 0; overflow-wrap: anywhere; }
.flags { color: var(--muted); font-size: .85em; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .35rem; border-radius: 3px; color: #fff; }
.badge.target { background: var(--target); }
.badge.actual { background: var(--actual); }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; font-size: .9rem; min-width: 100%; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.flagged { color: var(--flag); font-weight: 700; }
tr:target { background: #fef9c3; }
figure.chart { margin: 1rem 0; }
figure.chart figcaption { color: var(--muted); font-size: .85rem; }
.series-chart { display: block; width: 100%; max-width: 760px; height: auto; }
.series-chart text { font-size: 12px; fill: var(--muted); }
.series-chart text.unit { font-weight: 600; fill: var(--text); }
.series-chart .grid { stroke: #e5e7eb; }
.series-chart .grid.zero, .series-chart .axis { stroke: #6b7280; }
.mark.target { color: var(--target); }
.mark.actual { color: var(--actual); }
.mark .dot, .mark .head { fill: currentColor; }
.mark .head.open { fill: #fff; stroke: currentColor; stroke-width: 1.5; }
.mark .tickmark, .mark .stem, .mark .bar, .mark .span { stroke: currentColor; stroke-width: 2; }
.mark .bar { stroke-width: 4; }
.mark .span { stroke-dasharray: 4 3; stroke-width: 1.5; }
.mark .ring { fill: none; stroke: currentColor; stroke-width: 1.5; }
.mark .ring.dashed { stroke-dasharray: 3 2; }
.mark .hit { fill: transparent; }
.mark:focus { outline: none; }
.mark:focus .hit, .mark:hover .hit { fill: rgba(126, 34, 206, .12); stroke: var(--focus); stroke-width: 2; }
.chart-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .85rem; color: var(--muted); }
.swatch { display: inline-block; width: .8rem; height: .8rem; vertical-align: middle; }
.swatch.target { background: var(--target); }
.swatch.actual { background: var(--actual); border-radius: 50%; }
@media (max-width: 800px) {
  .reader { display: block; }
  .toc { position: static; max-height: none; border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
  .source { font-size: 1rem; }
  .tip { position: fixed; left: 8px !important; right: 8px; top: auto !important; bottom: 8px; width: auto; max-height: 45vh; overflow: auto; }
}

""";
    }
}

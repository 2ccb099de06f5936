#!/usr/bin/env bash
# The curator's loop, end to end, as another team runs it (docs/curating.md): in an empty folder,
# `reportsdk init` → `new-report` from a source text this script writes → the curator's edits (a
# page-break join in the text, a section key, one target with its quote) → `hash --write` →
# `validate` → a console app with the packed ReportSdk package that queries the typed report.
# Only the commands above make the data: no hash typed by hand, no file copied from this repository.
#
#   bash .ci/curator-loop.sh FEED VERSION [TOOL…]
#
#   FEED     the folder of the packed packages (artifacts/packages)
#   VERSION  the ReportSdk package version to reference
#   TOOL…    how to run reportsdk (default: artifacts/tools/reportsdk, the installed tool), e.g.
#            dotnet artifacts/bin/ReportSdk.Cli/debug/ReportSdk.Cli.dll
#
# Exit 0 when the app prints the target; non-zero at the first step that fails, saying which.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bash .ci/curator-loop.sh FEED VERSION [TOOL…]" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/.." && pwd)
feed=$(cd "$1" && pwd)
version=$2
shift 2
if [ $# -gt 0 ]; then tool=("$@"); else tool=("$repo/artifacts/tools/reportsdk"); fi
# A relative tool path is the repository's; the loop itself runs in a temporary folder.
if [ "${tool[0]}" = dotnet ] && [ $# -ge 2 ] && [ -f "$repo/${tool[1]}" ]; then tool[1]="$repo/${tool[1]}"; fi
if [ "${tool[0]}" != dotnet ] && [ -x "$repo/${tool[0]}" ]; then tool[0]="$repo/${tool[0]}"; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
step() { printf '\n== curator loop: %s\n' "$*"; }
fail() { echo "curator loop failed: $*" >&2; exit 1; }
reportsdk() { "${tool[@]}" "$@"; }

step "init: registries, editor schemas and a sample report in ./data"
reportsdk init || fail "reportsdk init"

step "new-report from a document as received (a PDF extraction: a spaced number, a page break inside a word)"
cat > received.txt <<'TEXT'
测试市政府工作报告
——2021年2月1日在测试市第一届人民代表大会第一次会议上
测试市人民政府市长 张三
各位代表：
一、2020年工作回顾
过去一年，全市生产总值增长3.6%，经济运行稳中向好。
二、2021年重点工作
今年全市经济社会发展的主要预期目标是：生产总值增长8 %以上，城镇新增就

业1万人以上。
TEXT
reportsdk new-report --source received.txt --id ceshi-2021-gwr --region luoyang || fail "reportsdk new-report"
yaml=data/reports/luoyang/ceshi-2021-gwr.yaml
text=data/sources/ceshi-2021-gwr.txt
grep -q '生产总值增长8%以上' "$text" || fail "new-report did not remove the space in '8 %'"

step "the curator's edits: join the page break, record it, name the sections, add the GDP target with its quote"
sed -i -z 's/城镇新增就\n\n业/城镇新增就业/' "$text"
sed -i '/^  edits:/a\    - "line 8: joined a paragraph split by a blank line (page break) at 城镇新增就|业; nothing inserted"' "$yaml"
sed -i 's/^  - key: section-1$/  - key: review/; s/^  - key: section-2$/  - key: key-work/' "$yaml"
sed -i '/^targets: \[\]/d' "$yaml"
cat >> "$yaml" <<'YAML'
targets:
  - key: gdp-growth
    indicator: gdp-growth
    label: 生产总值增长
    value: 8
    unit: percent
    bound: at-least
    period: 2021
    kind: annual
    headline: true
    section: key-work
    quote: 生产总值增长8%以上
YAML

step "hash: the text changed, so its hash no longer fits (exit 1), until --write puts the new one in"
if reportsdk hash data; then fail "reportsdk hash should report the changed text"; fi
reportsdk hash data --write || fail "reportsdk hash --write"
reportsdk hash data || fail "reportsdk hash after --write"

step "validate"
reportsdk validate data || fail "reportsdk validate"

step "a console app with ReportSdk $version from $feed queries the typed report"
dotnet new console --name CuratorApp --output . > /dev/null || fail "dotnet new console"
dotnet new nugetconfig --force > /dev/null
dotnet nuget add source "$feed" --name reportsdk-feed --configfile nuget.config > /dev/null
dotnet add package ReportSdk --version "$version" > /dev/null || fail "dotnet add package ReportSdk $version"
cat > Program.cs <<'CS'
using System.Globalization;
using CuratorApp;
using ReportSdk;

Console.OutputEncoding = new System.Text.UTF8Encoding(false);
var gdp = Reports.Ceshi2021Gwr.Targets.GdpGrowth;      // typed: a misspelt key would not compile
var q = gdp.Quantity!;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gdp.Report.Id} {gdp.Section.Path} {gdp.Label}: {q.Bound.ToCode()} {q.Value} {q.Unit.Code} “{gdp.Quote}”"));
CS
output=$(dotnet run 2>&1) || { echo "$output"; fail "dotnet run"; }
echo "$output"
expected='ceshi-2021-gwr key-work 生产总值增长: at-least 8 percent “生产总值增长8%以上”'
[ "$output" = "$expected" ] || fail "the app printed '$output', expected '$expected'"
step "ok"

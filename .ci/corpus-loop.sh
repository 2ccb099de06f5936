#!/usr/bin/env bash
# The curator's loop on documents of regions the starter registry does not have (corpus/), from an
# empty folder each, with the packed packages: init → new-report (the region found in the text and
# added to regions.yaml) → draft --write → validate (warnings RS3011 only: every figure and dismissal
# still to review) → a console app on the packed ReportSdk that queries a drafted figure by its typed member.
# No hand edit: the documents were chosen because new-report reads all their metadata.
#
#   bash .ci/corpus-loop.sh FEED VERSION [DOCUMENT…]     DOCUMENT: a folder of corpus/ (default: three of them)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bash .ci/corpus-loop.sh FEED VERSION [DOCUMENT…]" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/.." && pwd)
feed=$(cd "$1" && pwd)
version=$2
shift 2
documents=("$@")
[ ${#documents[@]} -gt 0 ] || documents=(corpus/development/yongchuan-2022-gwr corpus/development/boluo-2017-gwr corpus/development/lanzhou-2022-gwr)
tool=("$repo/artifacts/tools/reportsdk")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
reportsdk() { "${tool[@]}" "$@"; }
fail() { echo "corpus loop failed: $*" >&2; exit 1; }

for document in "${documents[@]}"; do
  source="$repo/$document/source.txt"
  id=$(basename "$document")
  work=$(mktemp -d)
  (
    cd "$work"
    printf '\n== corpus loop: %s\n' "$id"
    reportsdk init > /dev/null || fail "$id: init"
    reportsdk new-report --source "$source" --id "$id" || fail "$id: new-report"
    yaml=$(find data/reports -name "$id.yaml")
    [ -n "$yaml" ] || fail "$id: new-report wrote no report"
    region=$(sed -n 's/^region: \([a-z0-9-]*\).*/\1/p' "$yaml")
    grep -q "code: $region," data/regions.yaml || fail "$id: region '$region' is not in regions.yaml"
    reportsdk draft "$yaml" --write || fail "$id: draft --write"
    log=$(reportsdk validate data 2>&1) || { echo "$log"; fail "$id: validate"; }
    if grep -E ': (error|warning) RS' <<< "$log" | grep -vq 'warning RS3011'; then echo "$log"; fail "$id: validate found more than RS3011 warnings"; fi
    echo "validate: $(grep -c 'warning RS3011' <<< "$log") figures and dismissals to review (RS3011), no other finding"

    # A drafted actual with an indicator: its key, and the C# member the key becomes (kebab-case → PascalCase).
    key=$(awk '/^actuals:/{a=1;next} /^[a-z]/{a=0} a&&/^  - key: /{k=$3} a&&/^    indicator: /{print k; exit}' "$yaml")
    [ -n "$key" ] || fail "$id: no drafted actual with an indicator"
    member=$(sed -E 's/(^|-)([a-z0-9])/\U\2/g' <<< "$key")
    symbol=$(sed -n 's/^symbol: \([A-Za-z0-9]*\).*/\1/p' "$yaml")
    dotnet new console --name CorpusApp --output . > /dev/null
    dotnet new nugetconfig --force > /dev/null
    dotnet nuget add source "$feed" --name reportsdk-feed --configfile nuget.config > /dev/null
    dotnet add package ReportSdk --version "$version" > /dev/null || fail "$id: dotnet add package ReportSdk $version"
    cat > Program.cs <<CS
using System.Globalization;
using CorpusApp;
using ReportSdk;

Console.OutputEncoding = new System.Text.UTF8Encoding(false);
var figure = Reports.$symbol.Actuals.$member;   // typed: a drafted figure's key as a member
var q = figure.Quantity!;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, \$"{figure.Report.Id} {figure.Report.Region.Code} {figure.Key} {figure.Indicator?.Code}: {q.Value} {q.Unit.Code} “{figure.Quote}”"));
CS
    # The RS3011 warnings were counted by validate above; the build need not print each again.
    output=$(dotnet run -p:NoWarn=RS3011 2>&1) || { echo "$output"; fail "$id: dotnet run"; }
    echo "$output"
    grep -q "^$id $region $key " <<< "$output" || fail "$id: the app printed '$output'"
  ) || { rm -rf "$work"; exit 1; }
  rm -rf "$work"
done
printf '\n== corpus loop: ok (%s documents)\n' "${#documents[@]}"

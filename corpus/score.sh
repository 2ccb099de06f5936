#!/usr/bin/env bash
# Runs the curator's loop on every document of the corpus, as a new user would, and scores it
# against the document's hand-checked key (corpus/README.md): in an empty folder, `reportsdk init`,
# `new-report --source source.txt` (the region found in the text), `draft --score key.yaml` (the
# preview), `draft --write`, `draft --score key.yaml` again (as saved; it must equal the preview).
# Prints one line per document and the totals of each half; exit 1 when a step fails or the saved
# file scores otherwise than the preview.
#
#   bash corpus/score.sh [HALF…] [-- TOOL…]     HALF: development, validation (default both)
#                                               TOOL: how to run reportsdk (default: the Debug build)
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
halves=(); tool=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; tool=("$@"); break; fi
  halves+=("$1"); shift
done
[ ${#halves[@]} -gt 0 ] || halves=(development validation)
[ ${#tool[@]} -gt 0 ] || tool=(dotnet "$repo/src/ReportSdk.Cli/bin/Debug/net10.0/ReportSdk.Cli.dll")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
reportsdk() { "${tool[@]}" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# counts: keyed proposed matched values valueunit allfields dismissals dismissalsright documentright
figures_of() { sed -n 's/^figures: \([0-9]*\) keyed, \([0-9]*\) proposed, \([0-9]*\) at a keyed figure, \([0-9]*\) right value, \([0-9]*\) right value and unit, \([0-9]*\) right in every field; dismissals: \([0-9]*\) proposed, \([0-9]*\) right$/\1 \2 \3 \4 \5 \6 \7 \8/p' "$1"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) printf "-"; else printf "%.1f %%", 100 * a / b }'; }

printf '%-34s %6s %6s %7s %7s %7s %9s %8s  %s\n' document keyed found "value" "v+unit" "all" precision document notes
for half in "${halves[@]}"; do
  totals=(0 0 0 0 0 0 0 0 0 0)
  for doc in "$repo/corpus/$half"/*/; do
    name=$(basename "$doc")
    dir="$work/$name"; mkdir -p "$dir"
    notes=""
    (cd "$dir" && reportsdk init > init.log 2>&1) || { notes="init failed"; }
    (cd "$dir" && reportsdk new-report --source "$doc/source.txt" --id "$name" > new-report.log 2>&1) || notes="new-report failed: $(grep -m1 'reportsdk:' "$dir/new-report.log" | cut -c1-80)"
    yaml=$(find "$dir/schemas/reports" -name "$name.yaml" 2>/dev/null | head -1)
    if [ -z "$notes" ] && [ -n "$yaml" ]; then
      (cd "$dir" && reportsdk draft "$yaml" --score "$doc/key.yaml" > preview.txt 2> preview.err) || notes="draft --score failed: $(grep -m1 'reportsdk:' "$dir/preview.err" | cut -c1-80)"
      (cd "$dir" && reportsdk draft "$yaml" --write > write.txt 2> write.err) || notes="${notes:+$notes; }draft --write failed: $(grep -m1 'reportsdk:' "$dir/write.err" | cut -c1-80)"
      (cd "$dir" && reportsdk draft "$yaml" --score "$doc/key.yaml" > saved.txt 2>> preview.err) || notes="${notes:+$notes; }draft --score after --write failed"
      if [ -z "$notes" ] && [ "$(figures_of "$dir/preview.txt")" != "$(figures_of "$dir/saved.txt")" ]; then
        notes="the saved file scores otherwise than the preview: $(figures_of "$dir/preview.txt") / $(figures_of "$dir/saved.txt")"
      fi
      grep -q 'internal error' "$dir"/*.err "$dir"/*.log 2>/dev/null && notes="${notes:+$notes; }internal error"
    fi
    counts=$(figures_of "$dir/saved.txt" 2>/dev/null)
    [ -n "$counts" ] || { counts="$(grep -c 'figure:' "$doc/key.yaml") 0 0 0 0 0 0 0"; notes=${notes:-"no score"}; }
    read -r keyed proposed matched values valueunit allfields dismissals dismissalsright <<< "$counts"
    docright=0
    grep -q '^document: region, kind, reviewYear and planYear as keyed' "$dir/saved.txt" 2>/dev/null && docright=1
    [ "$docright" = 1 ] || notes="${notes:+$notes; }$(sed -n 's/^document: differs: //p' "$dir/saved.txt" 2>/dev/null)"
    [ -z "$notes" ] || [ "$docright" = 0 ] && [ "$notes" = "$(sed -n 's/^document: differs: //p' "$dir/saved.txt" 2>/dev/null)" ] || { [ -n "$notes" ] && failed=1; }
    printf '%-34s %6s %6s %7s %7s %7s %9s %8s  %s\n' "$name" "$keyed" "$(pct "$values" "$keyed")" "$values" "$(pct "$valueunit" "$keyed")" "$(pct "$allfields" "$keyed")" \
      "$(pct $((matched + dismissalsright)) $((proposed + dismissals)))" "$([ "$docright" = 1 ] && echo right || echo differs)" "$notes"
    i=0; for v in $keyed $proposed $matched $values $valueunit $allfields $dismissals $dismissalsright $docright 1; do totals[$i]=$(( ${totals[$i]} + v )); i=$((i + 1)); done
  done
  printf '%-34s %6s %6s %7s %7s %7s %9s %8s\n' "total $half (${totals[9]} documents)" "${totals[0]}" "$(pct "${totals[3]}" "${totals[0]}")" "${totals[3]}" \
    "$(pct "${totals[4]}" "${totals[0]}")" "$(pct "${totals[5]}" "${totals[0]}")" "$(pct $(( ${totals[2]} + ${totals[7]} )) $(( ${totals[1]} + ${totals[6]} )))" "${totals[8]}/${totals[9]}"
  echo
done
exit $failed

#!/usr/bin/env bash
# Runs the curator's loop on every document of the corpus, as a new user would, and scores it
# against the document's hand-checked key (corpus/README.md). In an empty folder:
#   1. `reportsdk init`, `new-report --source source.txt` (the region found in the text);
#   2. `draft --score key.yaml` on the skeleton as new-report guessed it (column "guessed");
#   3. the curator's check of the metadata new-report marks CHECK or FILL: kind, reviewYear and
#      planYear set as the key's document block gives them (column "document": whether new-report's
#      guess was already right);
#   4. `draft --score key.yaml` (the preview), `draft --write`, `draft --score key.yaml` again (as
#      saved; it must equal the preview). The figure columns are those of the saved file.
# Prints one line per document, the totals of each half and its recall by field (keyed fields
# proposed right: where the all-fields column loses); exit 1 when a step of 4 fails, the
# saved file scores otherwise than the preview, or any step reports an internal error.
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
# Each step runs in its own folder: a tool named by a relative path is made absolute first.
for i in "${!tool[@]}"; do [[ "${tool[$i]}" != /* && -e "${tool[$i]}" ]] && tool[$i]="$PWD/${tool[$i]}"; done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
reportsdk() { "${tool[@]}" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# counts: keyed proposed matched values valueunit allfields dismissals dismissalsright
figures_of() { sed -n 's/^figures: \([0-9]*\) keyed, \([0-9]*\) proposed, \([0-9]*\) at a keyed figure, \([0-9]*\) right value, \([0-9]*\) right value and unit, \([0-9]*\) right in every field; dismissals: \([0-9]*\) proposed, \([0-9]*\) right$/\1 \2 \3 \4 \5 \6 \7 \8/p' "$1" 2>/dev/null; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) printf "-"; else printf "%.1f %%", 100 * a / b }'; }
keyed_field() { sed -n "s/^  $1: \"\{0,1\}\([^\"]*\)\"\{0,1\}$/\1/p" "$2" | head -1; }

printf '%-34s %6s %6s %7s %7s %7s %9s %7s %8s  %s\n' document keyed found "value" "v+unit" "all" precision guessed document notes
# Steps 1-4 for one document in its own folder; what the table needs is left in files there.
run_loop() {
  local doc=$1 name key dir notes="" loop="" yaml guessed=0 docright=0
  name=$(basename "$doc"); key="$doc/key.yaml"; dir="$work/$name"; mkdir -p "$dir"
  (cd "$dir" && reportsdk init > init.log 2>&1) || loop="init failed: $(head -1 "$dir/init.log" | cut -c1-80)"
  (cd "$dir" && reportsdk new-report --source "$doc/source.txt" --id "$name" > new-report.log 2>&1) || loop="${loop:+$loop; }new-report failed: $( (grep -m1 'reportsdk:' "$dir/new-report.log" || head -1 "$dir/new-report.log") | cut -c1-80)"
  yaml=$(find "$dir/data/reports" -name "$name.yaml" 2>/dev/null | head -1)
  [ -n "$yaml" ] || loop="${loop:-new-report wrote no report}"
  if [ -z "$loop" ]; then
    # 2. as new-report guessed it
    if (cd "$dir" && reportsdk draft "$yaml" --score "$key" > guessed.txt 2> guessed.err); then
      read -r _ _ _ _ _ guessed _ _ <<< "$(figures_of "$dir/guessed.txt")"
      if grep -q '^document: region, kind, reviewYear and planYear as keyed' "$dir/guessed.txt"; then docright=1
      else notes="$(sed -n 's/^document: differs: //p' "$dir/guessed.txt")"; fi
    else
      notes="as guessed: $(grep -m1 'reportsdk:' "$dir/guessed.err" | cut -c1-70)"
    fi
    # 3. the curator checks the metadata
    sed -i -E "s/^kind:.*/kind: $(keyed_field kind "$key")/; s/^reviewYear:.*/reviewYear: $(keyed_field reviewYear "$key")/; s/^planYear:.*/planYear: $(keyed_field planYear "$key")/" "$yaml"
    # 4. preview, write, saved
    (cd "$dir" && reportsdk draft "$yaml" --score "$key" > preview.txt 2> preview.err) || loop="draft --score failed: $(grep -m1 'reportsdk:' "$dir/preview.err" | cut -c1-80)"
    (cd "$dir" && reportsdk draft "$yaml" --write > write.txt 2> write.err) || loop="${loop:+$loop; }draft --write failed: $(grep -m1 'reportsdk:' "$dir/write.err" | cut -c1-80)"
    (cd "$dir" && reportsdk draft "$yaml" --score "$key" > saved.txt 2> saved.err) || loop="${loop:+$loop; }draft --score after --write failed"
    if [ -z "$loop" ] && [ "$(figures_of "$dir/preview.txt")" != "$(figures_of "$dir/saved.txt")" ]; then
      loop="the saved file scores otherwise than the preview: $(figures_of "$dir/preview.txt") / $(figures_of "$dir/saved.txt")"
    fi
  fi
  grep -q 'internal error' "$dir"/*.err "$dir"/*.log 2>/dev/null && loop="${loop:+$loop; }internal error"
  printf '%s\n' "$guessed" > "$dir/guessed.count"; printf '%s\n' "$docright" > "$dir/docright"
  printf '%s' "$notes" > "$dir/notes"; printf '%s' "$loop" > "$dir/loop"
}

# The documents are independent: their loops run side by side, one per processor; the table is
# printed afterwards in the documents' order.
jobs_max=$(nproc 2>/dev/null || echo 2)
for half in "${halves[@]}"; do
  for doc in "$repo/corpus/$half"/*/; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n; done
    run_loop "$doc" &
  done
done
wait

for half in "${halves[@]}"; do
  totals=(0 0 0 0 0 0 0 0 0 0 0)
  for doc in "$repo/corpus/$half"/*/; do
    name=$(basename "$doc"); key="$doc/key.yaml"; dir="$work/$name"
    guessed=$(cat "$dir/guessed.count"); docright=$(cat "$dir/docright"); notes=$(cat "$dir/notes"); loop=$(cat "$dir/loop")
    [ -z "$loop" ] || { failed=1; notes="${notes:+$notes; }$loop"; }
    # each field's keyed and correct counts, summed over the half below
    awk '/^field /{f=1; next} f && NF >= 6 && $2 ~ /^[0-9]+$/ {print $1, $2, $4}' "$dir/saved.txt" 2>/dev/null >> "$work/fields-$half"
    counts=$(figures_of "$dir/saved.txt")
    [ -n "$counts" ] || counts="$(grep -c 'figure:' "$key") 0 0 0 0 0 0 0"
    read -r keyed proposed matched values valueunit allfields dismissals dismissalsright <<< "$counts"
    printf '%-34s %6s %6s %7s %7s %7s %9s %7s %8s  %s\n' "$name" "$keyed" "$(pct "$values" "$keyed")" "$values" "$(pct "$valueunit" "$keyed")" "$(pct "$allfields" "$keyed")" \
      "$(pct $((matched + dismissalsright)) $((proposed + dismissals)))" "$(pct "$guessed" "$keyed")" "$([ "$docright" = 1 ] && echo right || echo differs)" "$notes"
    i=0; for v in $keyed $proposed $matched $values $valueunit $allfields $dismissals $dismissalsright $docright 1 $guessed; do totals[$i]=$(( ${totals[$i]} + v )); i=$((i + 1)); done
  done
  printf '%-34s %6s %6s %7s %7s %7s %9s %7s %8s\n' "total $half (${totals[9]} documents)" "${totals[0]}" "$(pct "${totals[3]}" "${totals[0]}")" "${totals[3]}" \
    "$(pct "${totals[4]}" "${totals[0]}")" "$(pct "${totals[5]}" "${totals[0]}")" "$(pct $(( ${totals[2]} + ${totals[7]} )) $(( ${totals[1]} + ${totals[6]} )))" \
    "$(pct "${totals[10]}" "${totals[0]}")" "${totals[8]}/${totals[9]}"
  printf 'recall by field, %s: ' "$half"
  awk '{k[$1] += $2; c[$1] += $3; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
       END { for (i = 1; i <= n; i++) { f = order[i]; if (k[f] > 0) printf "%s%s %.1f %%", (i > 1 ? ", " : ""), f, 100 * c[f] / k[f] } print "" }' "$work/fields-$half" 2>/dev/null || echo
  echo
done
exit $failed

#!/usr/bin/env bash
# How the time of new-report, validate, coverage and draft grows with the size of a source text.
#
#   bash bench/scaling.sh [REPEATS] [SIZES_KB…]     default: 3 repeats of 64 128 256 512 KB
#   COMMANDS="coverage" bash bench/scaling.sh 5 1024 2048 4096   only the commands named (default: all four)
#
# Three shapes of text, each at every size: dense headings (一、…, （一）… on every line), dense
# numbers (four figures a line) and one endless line (the size column gives each text's real size). Runs are interleaved (every size and shape in
# each repeat) and the median CPU time (user + system, of the command alone) of each is printed as a
# table: a time that doubles with the size is linear, one that quadruples is not. Not a test: the
# machine is shared, so read the ratios between sizes, not the seconds.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
repeats="${1:-3}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(64 128 256 512)
commands=(${COMMANDS:-new-report validate coverage draft})
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/ReportSdk.Cli" -c Release -v quiet -nologo >/dev/null
cli=(dotnet "$repo/src/ReportSdk.Cli/bin/Release/net10.0/ReportSdk.Cli.dll")

# A text of about KB kilobytes in SHAPE, after the header new-report reads its metadata from.
generate() {
  LC_ALL=C awk -v shape="$1" -v limit=$(( $2 * 1024 )) 'BEGIN {
    cn[0]="一"; cn[1]="二"; cn[2]="三"; cn[3]="四"; cn[4]="五"; cn[5]="六"; cn[6]="七"; cn[7]="八"; cn[8]="九"; cn[9]="十"
    printf "2023年某县政府工作报告\n——2023年1月5日在某县第十八届人民代表大会第三次会议上\n县长 张三\n各位代表：\n"
    n = 0
    for (i = 0; n < limit; i++) {
      if (shape == "headings") line = (i % 10 == 0) ? sprintf("%s、%d年工作回顾第%d部分", cn[int(i / 10) % 10], 2000 + i % 30, i) : sprintf("（%s）推进第%d项工作。", cn[i % 10], i)
      else if (shape == "numbers") line = sprintf("生产总值增长%d.%d%%，完成%d亿元，新增就业%d万人，粮食产量%d.5万吨。", i % 9, i % 10, i, i % 97, i % 31)
      else line = sprintf("全年实现收入%d亿元，增长%d%%，", i, i % 13)
      if (shape == "oneline") printf "%s", line; else printf "%s\n", line
      n += length(line) + 1   # bytes: LC_ALL=C
    }
    if (shape == "oneline") printf "。\n"
  }'
}

# The CPU seconds (user + system) of one command, its output discarded; a failure is reported, not hidden.
cpu() {
  local TIMEFORMAT='%U %S' times
  times=$( { time "${cli[@]}" "$@" >/dev/null 2>"$work/stderr" || [ $? -le 1 ] || { echo "failed: $* ($(head -1 "$work/stderr"))" >&2; exit 1; }; } 2>&1 )
  awk '{ printf "%.2f", $1 + $2 }' <<<"$times"
}

"${cli[@]}" init "$work/data" >/dev/null
for shape in headings numbers oneline; do
  for kb in "${sizes[@]}"; do
    generate "$shape" "$kb" > "$work/$shape-$kb.txt"
    "${cli[@]}" new-report --source "$work/$shape-$kb.txt" --id "$shape-$kb-2023-gwr" --region 410300 --out "$work/data" >/dev/null
  done
done

declare -A samples
for ((r = 1; r <= repeats; r++)); do
  for kb in "${sizes[@]}"; do
    for shape in headings numbers oneline; do
      yaml="$work/data/reports/luoyang/$shape-$kb-2023-gwr.yaml"
      rm -rf "$work/again"; "${cli[@]}" init "$work/again" >/dev/null
      for command in "${commands[@]}"; do
        case "$command" in
          new-report) samples[$shape,$kb,new-report]+=" $(cpu new-report --source "$work/$shape-$kb.txt" --id "$shape-$kb-2023-gwr" --region 410300 --out "$work/again")" ;;
          *) samples[$shape,$kb,$command]+=" $(cpu "$command" "$yaml")" ;;
        esac
      done
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'CPU seconds, median of %s interleaved runs (%s, %s)\n\n' "$repeats" "$(date -u +%Y-%m-%d)" "$(nproc) cores"
printf '| text | size |'; printf ' %s |' "${commands[@]}"; printf '\n| --- | --- |'; printf ' --- |%.0s' "${commands[@]}"; printf '\n'
for shape in headings numbers oneline; do
  for kb in "${sizes[@]}"; do
    printf '| %s | %s KB |' "$shape" "$(( $(wc -c < "$work/$shape-$kb.txt") / 1024 ))"
    for command in "${commands[@]}"; do printf ' %s |' "$(median <<<"${samples[$shape,$kb,$command]}")"; done
    printf '\n'
  done
done

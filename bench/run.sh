#!/usr/bin/env bash
# The benchmarks of docs/benchmarks.md, in one command:
#
#   bash bench/run.sh           everything (about 35 minutes on 2 cores); results in bench/results/
#   bash bench/run.sh --smoke   a short run for CI (tiny data, BenchmarkDotNet Dry jobs, 3 start-up
#                               rounds): proves that everything builds and runs, asserts no timing
#
# Steps: write the synthetic corpus (checked by `reportsdk validate`), export both datasets as JSON,
# build bench/ (Release, warnings as errors, output in bench/.artifacts), measure the build cost of
# the synthetic dataset project alone (/usr/bin/time -v: wall time and peak memory), prove the
# one-file and comment-only edits with step tracking, run the BenchmarkDotNet classes (one process
# each), time validate --watch (one report changed → changed findings), time the start-up apps
# (wall and CPU), and write bench/results/summary.md. Exits non-zero
# on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

smoke=0
case "${1:-}" in
  --smoke) smoke=1 ;;
  "") ;;
  *) echo "usage: bash bench/run.sh [--smoke]" >&2; exit 2 ;;
esac

art="$repo/bench/.artifacts"
corpus="$repo/bench/.corpus"
results="$repo/bench/results"
if [ "$smoke" = 1 ]; then
  count=20; rounds=3; export BENCH_SMOKE=1
else
  count=1000; rounds=30; unset BENCH_SMOKE || true
fi
# The step-tracking proof runs on at most 200 reports: Roslyn's step tracking walks each output's
# whole input tree without remembering what it visited (GeneratorRunStateTable.RecordStepTree), and
# here every report's output depends on collected values of every report, so tracking costs about
# N³ (a run after an edit: 0.8 s at 100 reports, 5.6 s at 200, 39 s at 400, about 10 min at 1,000).
# Tracking is off in real builds; what the proof shows does not depend on N.
steps_count=$(( count < 200 ? count : 200 ))

step() { printf '\n== %s  (%s)\n' "$*" "$(date +%T)"; }
# Release, warnings as errors, all output under bench/.artifacts (never in the projects' own
# obj/bin, which other builds use); no compiler server or MSBuild nodes are left running.
build() { dotnet build "$@" -c Release --artifacts-path "$art" -warnaserror -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo -clp:NoSummary; }

rm -rf "$results"
mkdir -p "$results" "$corpus"

step "machine"
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command: bash bench/run.sh${1:+ $1}"
  echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$( [ -n "$(git --no-optional-locks status --porcelain 2>/dev/null)" ] && echo ' (with uncommitted changes)')"
  { lscpu | grep -E '^(Model name|CPU\(s\)|Thread\(s\) per core|Core\(s\) per socket|L3 cache):' | sed 's/  */ /g'; } || echo "lscpu: not available"
  echo "memory:  $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GB"}')"
  echo "os:      $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") $(uname -r)"
  dotnet --info | grep -E '^ *(Version|Commit|MSBuild version):' | head -3 | sed 's/^ */sdk /'
  dotnet --list-runtimes | grep Microsoft.NETCore.App | sed 's/^/runtime /'
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results/machine.txt"

step "synthetic corpus: $count reports"
build bench/ReportSdk.Corpus/ReportSdk.Corpus.csproj
"$art/bin/ReportSdk.Corpus/release/ReportSdk.Corpus" --out "$corpus/dataset" --count "$count"

step "reportsdk validate and export"
build src/ReportSdk.Cli/ReportSdk.Cli.csproj
cli() { dotnet "$art/bin/ReportSdk.Cli/release/ReportSdk.Cli.dll" "$@"; }
cli validate "$corpus/dataset"
cli export --format json --out "$corpus/luoyang.json" data
cli export --format json --out "$corpus/dataset.json" "$corpus/dataset"

step "build bench/ (the synthetic dataset compiles $count reports)"
start=$(date +%s)
build bench/bench.slnx
echo "build of bench/ (Release, includes compiling the $count-report synthetic dataset): $(( $(date +%s) - start )) s" | tee -a "$results/machine.txt"

step "build cost: the $count-report dataset project alone, from clean"
# The whole `dotnet build` of bench/ReportSdk.Synthetic as a user builds a dataset project: one
# MSBuild node, a fresh compiler process (no server), typed members and XML docs kept. Its own
# obj/bin are removed and restored first, outside the timing; the projects it references were
# built by the step above. /usr/bin/time -v gives the wall time and "Maximum resident set size",
# the peak RSS of the largest single process of the tree (the compiler, in practice).
synthetic=bench/ReportSdk.Synthetic/ReportSdk.Synthetic.csproj
if [ ! -x /usr/bin/time ] && [ "$smoke" = 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "/usr/bin/time is missing: installing it (apt-get install -y time)"
  { apt-get install -y -qq time > /dev/null 2>&1 || { apt-get update -qq > /dev/null 2>&1 && apt-get install -y -qq time > /dev/null 2>&1; }; } || true
fi
if [ -x /usr/bin/time ]; then
  rm -rf "$art/obj/ReportSdk.Synthetic" "$art/bin/ReportSdk.Synthetic"
  dotnet restore "$synthetic" --artifacts-path "$art" -nodeReuse:false -v:q -nologo
  set +e
  /usr/bin/time -v -o "$results/buildcost.time" dotnet build "$synthetic" -c Release -m:1 -p:UseSharedCompilation=false -nodeReuse:false \
    --artifacts-path "$art" -v:q -nologo -clp:NoSummary > "$results/buildcost.log" 2>&1
  status=$?
  set -e
  if [ "$status" != 0 ]; then cat "$results/buildcost.log" "$results/buildcost.time" >&2; echo "bench: the timed build of $synthetic failed" >&2; exit 1; fi
  field() { grep -F "$1" "$results/buildcost.time" | sed 's/.*: //'; }
  wall=$(field "Elapsed (wall clock) time" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
  dll="$art/bin/ReportSdk.Synthetic/release/ReportSdk.Synthetic.dll"
  xml="$art/bin/ReportSdk.Synthetic/release/ReportSdk.Synthetic.xml"
  [ -f "$xml" ] || { echo "bench: no XML documentation file at $xml: the build-cost goal counts XML docs" >&2; exit 1; }
  printf 'reports\twall_s\tuser_s\tsystem_s\tmax_rss_kb\tdll_bytes\txml_bytes\tload_before\n%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$count" "$wall" "$(field 'User time (seconds)')" "$(field 'System time (seconds)')" "$(field 'Maximum resident set size (kbytes)')" \
    "$(stat -c %s "$dll")" "$(stat -c %s "$xml")" "$(cut -d' ' -f1 /proc/loadavg)" > "$results/buildcost.tsv"
  cat "$results/buildcost.tsv"
else
  echo "build cost: SKIPPED: /usr/bin/time is not installed (Debian/Ubuntu: apt-get install -y time); the wall time and peak memory of the dataset build are not measured" \
    | tee "$results/buildcost.skipped"
fi

r2r=()
if [ "$smoke" = 0 ]; then
  step "publish the compiled app ReadyToRun (a comparison, not a goal)"
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  dotnet publish bench/Startup/Compiled/Startup.Compiled.csproj -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path "$art/r2r" -warnaserror -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo -clp:NoSummary
  r2r=(--ready-to-run "$art/r2r/publish/Startup.Compiled/release_$rid/Startup.Compiled")
fi

bench="$art/bin/ReportSdk.Benchmarks/release/ReportSdk.Benchmarks"
step "step tracking: a one-file edit and a comment-only edit among $steps_count"
"$bench" steps --count "$steps_count" --results "$results"

step "where the generator's time goes: $count reports"
"$bench" phases --count "$count" --results "$results"

step "BenchmarkDotNet: generator"
"$bench" generator --results "$results"

step "BenchmarkDotNet: lookups"
"$bench" lookup --results "$results"

step "validate --watch: one report changed → validate again → changed findings (in process and through the watcher)"
"$art/bin/ReportSdk.WatchLatency/release/ReportSdk.WatchLatency" --rounds "$(( smoke ? 5 : 50 ))" --results "$results"

step "start-up: $rounds interleaved rounds (wall and CPU time)"
"$art/bin/ReportSdk.Startup/release/ReportSdk.Startup" measure --bin "$art/bin" --repo "$repo" --results "$results" --rounds "$rounds" --corpus-count "$count" "${r2r[@]}"

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
step "summary"
"$art/bin/ReportSdk.Startup/release/ReportSdk.Startup" summarize --results "$results" --repo "$repo" --smoke "$smoke"
echo "bench: done; summary in bench/results/summary.md"

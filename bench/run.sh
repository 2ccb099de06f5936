#!/usr/bin/env bash
# The benchmarks of docs/benchmarks.md, in one command:
#
#   bash bench/run.sh           everything (about 25 minutes on 2 cores); results in bench/results/
#   bash bench/run.sh --smoke   a short run for CI (tiny data, BenchmarkDotNet Dry jobs, 3 start-up
#                               rounds): proves that everything builds and runs, asserts no timing
#
# Steps: write the synthetic corpus (checked by `reportsdk validate`), export both datasets as JSON,
# build bench/ (Release, warnings as errors, output in bench/.artifacts), prove the one-file edit
# with step tracking, run the BenchmarkDotNet classes (one process each), time the start-up apps,
# and write bench/results/summary.md. Exits non-zero on any error.
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
cli export --format json --out "$corpus/luoyang.json" schemas
cli export --format json --out "$corpus/dataset.json" "$corpus/dataset"

step "build bench/ (the synthetic dataset compiles $count reports)"
start=$(date +%s)
build bench/bench.slnx
echo "build of bench/ (Release, includes compiling the $count-report synthetic dataset): $(( $(date +%s) - start )) s" | tee -a "$results/machine.txt"

r2r=()
if [ "$smoke" = 0 ]; then
  step "publish the compiled app ReadyToRun (a comparison, not a goal)"
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  dotnet publish bench/Startup/Compiled/Startup.Compiled.csproj -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path "$art/r2r" -warnaserror -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo -clp:NoSummary
  r2r=(--ready-to-run "$art/r2r/publish/Startup.Compiled/release_$rid/Startup.Compiled")
fi

bench="$art/bin/ReportSdk.Benchmarks/release/ReportSdk.Benchmarks"
step "step tracking: one edited file among $count"
"$bench" steps --count "$count" --results "$results"

step "where the generator's time goes: $count reports"
"$bench" phases --count "$count" --results "$results"

step "BenchmarkDotNet: generator"
"$bench" generator --results "$results"

step "BenchmarkDotNet: lookups"
"$bench" lookup --results "$results"

step "start-up: $rounds interleaved rounds"
"$art/bin/ReportSdk.Startup/release/ReportSdk.Startup" measure --bin "$art/bin" --repo "$repo" --results "$results" --rounds "$rounds" --corpus-count "$count" "${r2r[@]}"

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
step "summary"
"$art/bin/ReportSdk.Startup/release/ReportSdk.Startup" summarize --results "$results" --repo "$repo" --smoke "$smoke"
echo "bench: done; summary in bench/results/summary.md"

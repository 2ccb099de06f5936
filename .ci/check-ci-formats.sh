#!/usr/bin/env bash
# Checks the CI output formats of `reportsdk validate` with the ecosystem's own judges:
#   1. --format sarif passes Microsoft's SARIF multitool `validate`, with its default rules and
#      with GitHub's (--rule-kind "Gh;Ghas"), at 0 errors;
#   2. --format github prints at most 10 ::error lines, exactly one ::notice for the rest, and
#      appends a table with one row per finding to $GITHUB_STEP_SUMMARY.
# It breaks a copy of data/ (in a temporary folder) in several files to get well over ten
# errors. Nothing is written into the repository; the temporary folder is removed at the end.
#
# Usage:
#   bash .ci/check-ci-formats.sh path/to/ReportSdk.Cli.dll      # a built CLI, run with `dotnet`
#   bash .ci/check-ci-formats.sh reportsdk                      # or any command that runs the CLI
#   bash .ci/check-ci-formats.sh path/to/ReportSdk.Cli          #   (the apphost, an installed tool)
# Needs: bash, npm (Node.js), perl, dotnet when given a .dll; Linux or macOS.
set -euo pipefail

readonly MULTITOOL_VERSION=5.7.0

if [[ $# -lt 1 ]]; then
    echo "usage: bash .ci/check-ci-formats.sh <ReportSdk.Cli.dll | command that runs reportsdk>" >&2
    exit 2
fi

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The CLI as a command prefix; a file path is made absolute, because the checks run elsewhere.
cli=("$@")
if [[ -f ${cli[0]} ]]; then
    cli[0]=$(cd "$(dirname "${cli[0]}")" && pwd)/$(basename "${cli[0]}")
fi
if [[ ${cli[0]} == *.dll ]]; then
    cli=(dotnet "${cli[@]}")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/reportsdk-ci-formats.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# ---- the SARIF multitool, installed outside the repository ----------------------------------

case "$(uname -s)" in
    Linux) platform=linux ;;
    Darwin) platform=darwin ;;
    *) echo "check-ci-formats: the multitool is installed here for Linux and macOS only" >&2; exit 2 ;;
esac
echo "== installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into a temporary folder"
npm install --prefix "$work/multitool" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >/dev/null
multitool="$work/multitool/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
# The native binary, not the npm wrapper: the wrapper hands its arguments to `sh` unquoted, so
# "Gh;Ghas" would be cut at the ';'. Its postinstall `chmod` may not have run.
chmod u+x "$multitool"

# ---- a broken copy of the data ----------------------------------------------------------------

data="$work/data"
mkdir -p "$data"
cp -R "$repo/data" "$data/data"
reports="$data/data/reports"
# The copy is not in a git repository, so the CLI, run from $data, makes SARIF paths relative to $data.
cd "$data"

# perl -i makes the same edit on Linux and macOS (sed -i differs). PATTERN has one group, kept
# and followed by TEXT; the pattern and text travel in the environment, so no quoting bites.
break_lines() { # first|all FILE PATTERN TEXT
    PAT=$3 TEXT=$4 ALL=$([[ $1 == all ]] && echo 1 || echo 0) \
        perl -i -pe 'if ($ENV{ALL} || !$n) { $n += s/$ENV{PAT}/$1$ENV{TEXT}/ } END { exit($n ? 0 : 3) }' "$2" \
        || { echo "check-ci-formats: no line matches '$3' in $2" >&2; exit 2; }
}
# A quote with words the source does not have (RS3001).
break_lines first "$reports/jianxi/jianxi-2021-gwr.yaml" '^(\s+quote: [^"\x27].*)$' '（测试添加的字）'
# An unknown unit (RS2002).
break_lines first "$reports/luoyang/luoyang-2021-gwr.yaml" '^(\s+unit: )"?[a-z0-9-]+"?$' 'no-such-unit'
# An unknown indicator (RS2001).
break_lines first "$reports/luolong/luolong-2021-plan.yaml" '^(\s+indicator: )"?[a-z0-9-]+"?$' 'no-such-indicator'
# Every unit of one report unknown: far more errors than GitHub shows as annotations.
break_lines all "$reports/luoyang/luoyang-2017-gwr.yaml" '^(\s+unit: )"?[a-z0-9-]+"?$' 'unit-typo'

# Runs the CLI; its exit code goes to $cli_exit instead of stopping the script.
run_cli() {
    cli_exit=0
    "${cli[@]}" "$@" || cli_exit=$?
}

# The findings as compiler-style lines: the count every check compares with.
run_cli validate --format text data >"$work/findings.txt" 2>/dev/null
text_exit=$cli_exit
errors=$(grep -cE ': error RS[0-9]{4}: ' "$work/findings.txt" || true)
warnings=$(grep -cE ': warning RS[0-9]{4}: ' "$work/findings.txt" || true)
total=$((errors + warnings))
echo "== the broken copy gives $errors errors and $warnings warnings (exit $text_exit)"
if [[ $text_exit -ne 1 || $errors -le 10 ]]; then
    echo "check-ci-formats: expected exit 1 and more than 10 errors from the broken copy" >&2
    exit 2
fi
rules=$(grep -oE ' (error|warning) RS[0-9]{4}: ' "$work/findings.txt" | awk '{sub(/:$/, "", $2); print $2}' | sort | uniq -c | awk '{printf "%s%s×%s", sep, $2, $1; sep=", "}')
echo "   rules: $rules"

# ---- SARIF --------------------------------------------------------------------------------------

echo
echo "== reportsdk validate --format sarif"
run_cli validate --format sarif data >"$work/findings.sarif"
sarif_exit=$cli_exit
if [[ $sarif_exit -eq 1 ]]; then pass "exit code 1 (data errors)"; else fail "exit code $sarif_exit, expected 1"; fi
sarif_results=$(grep -c '"ruleIndex"' "$work/findings.sarif" || true)
if [[ $sarif_results -eq $total ]]; then pass "$sarif_results results, one per finding"; else fail "$sarif_results results for $total findings"; fi

# Runs the multitool's validate with extra arguments; prints its verdict, passes with 0 errors.
validate_sarif() { # NAME [ARGS…]
    local name=$1
    shift
    local log="$work/validate-$name.txt" code=0
    "$multitool" validate "$work/findings.sarif" --output "$work/validate-$name.sarif" --log ForceOverwrite "$@" >"$log" 2>&1 || code=$?
    local e w n
    e=$(grep -cE ': error [A-Za-z]+[0-9]+: ' "$log" || true)
    w=$(grep -cE ': warning [A-Za-z]+[0-9]+: ' "$log" || true)
    n=$(grep -cE ': note [A-Za-z]+[0-9]+: ' "$log" || true)
    echo "-- multitool validate ($name): exit $code; $e errors, $w warnings, $n notes"
    grep -E ': (error|warning|note) [A-Za-z]+[0-9]+: ' "$log" | sed 's/^/   /' | head -20 || true
    if [[ $code -eq 0 && $e -eq 0 ]]; then
        pass "SARIF multitool ($name): 0 errors"
    else
        sed 's/^/   /' "$log" | tail -20
        fail "SARIF multitool ($name): $e errors, exit $code"
    fi
}
validate_sarif "default rules"
validate_sarif "Gh;Ghas rules" --rule-kind "Gh;Ghas"

# ---- GitHub workflow commands and the step summary ---------------------------------------------

echo
echo "== reportsdk validate --format github, with GITHUB_STEP_SUMMARY set"
summary="$work/step-summary.md"
: >"$summary"
github_exit=0
GITHUB_STEP_SUMMARY="$summary" "${cli[@]}" validate --format github data >"$work/github.txt" || github_exit=$?
if [[ $github_exit -eq 1 ]]; then pass "exit code 1 (data errors)"; else fail "exit code $github_exit, expected 1"; fi

error_lines=$(grep -c '^::error ' "$work/github.txt" || true)
warning_lines=$(grep -c '^::warning ' "$work/github.txt" || true)
notice_lines=$(grep -c '^::notice' "$work/github.txt" || true)
if [[ $error_lines -le 10 && $error_lines -eq $((errors < 10 ? errors : 10)) ]]; then
    pass "$error_lines ::error lines (at most 10)"
else
    fail "$error_lines ::error lines, expected $((errors < 10 ? errors : 10))"
fi
if [[ $warning_lines -le 10 ]]; then pass "$warning_lines ::warning lines (at most 10)"; else fail "$warning_lines ::warning lines, more than 10"; fi
if [[ $notice_lines -eq 1 ]]; then
    pass "exactly one ::notice: $(grep '^::notice' "$work/github.txt")"
else
    fail "$notice_lines ::notice lines, expected exactly 1"
fi
other_lines=$(grep -cvE '^::(error|warning|notice) ' "$work/github.txt" || true)
if [[ $other_lines -eq 0 ]]; then pass "every line is a workflow command"; else fail "$other_lines lines are not workflow commands"; fi

rows=$(grep -cE '^\| (error|warning) \| ' "$summary" || true)
if [[ $rows -eq $total ]]; then
    pass "the step summary has $rows table rows, one per finding"
else
    fail "the step summary has $rows table rows for $total findings"
fi

echo
if [[ $failures -eq 0 ]]; then
    echo "check-ci-formats: all checks passed"
else
    echo "check-ci-formats: $failures checks failed"
    exit 1
fi

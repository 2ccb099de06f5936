#!/usr/bin/env bash
# Runs every shell command README.md shows, as written, in a fresh clone of this commit: the
# README's ```sh blocks, in order, in one shell (so `cd` and variables carry over, as they do for
# a reader who types them). A command must exit 0, or the code its comment names as
# "fails (exit N)". `bash tests/run.sh` (every test) is skipped: .ci/run runs it in the main tree.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/reportsdk" || { echo "cannot clone $repo"; exit 1; }
cd "$work/reportsdk" || exit 1

script="$work/readme.sh"
{
  echo 'set -u'
  echo 'check() { local got=$1 want=$2 line=$3; if [ "$got" -ne "$want" ]; then printf "README command failed: exit %s, expected %s: %s\n" "$got" "$want" "$line"; exit 1; fi; }'
  awk '
    /^```sh[[:space:]]*$/ { inside = 1; next }
    /^```/ { inside = 0; next }
    inside && $0 !~ /^[[:space:]]*(#|$)/ { print }
  ' README.md | while IFS= read -r line; do
    command=${line%%  #*}   # the comment after two spaces is the reader'"'"'s, not the shell'"'"'s
    if [[ "$command" =~ ^bash\ tests/run\.sh[[:space:]]*$ ]]; then
      printf 'echo %q\n' "# skipped (CI runs it): $line"
      continue
    fi
    want=0
    if [[ "$line" =~ fails\ \(exit\ ([0-9]+)\) ]]; then want=${BASH_REMATCH[1]}; fi
    printf 'echo %q\n' "\$ $command"
    printf '%s\n' "$command"
    printf 'check $? %s %q\n' "$want" "$command"
  done
  echo 'echo "every README command ran as written"'
} > "$script"

count=$(grep -c '^check ' "$script")
echo "README: $count commands, run in a fresh clone at $work/reportsdk"
bash "$script" < /dev/null

#!/usr/bin/env bash
# Every test of the solution. The review site's browser tests (tests/ReportSdk.Site.Tests) drive
# Debian's chromium, which no test can download: it is installed first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium > /dev/null; then
  echo "tests/run.sh: installing Debian's chromium for the browser tests"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium > /dev/null
fi
exec dotnet test ReportSdk.sln "$@"

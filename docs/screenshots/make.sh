#!/usr/bin/env bash
# Makes docs/images/site-report.png and docs/images/site-series.png: writes the review site of
# the bundled data into a temporary folder (`reportsdk site`) and takes the two screenshots in
# Debian's chromium through the Playwright driver of tests/ReportSdk.Site.Tests (its own Main,
# which `dotnet test` never runs). Run from anywhere: bash docs/screenshots/make.sh
# The PNGs are not byte-deterministic (font rendering); they are made here, never by a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium > /dev/null; then
  echo "chromium is missing: apt-get install -y chromium (Debian's package; fonts-noto-cjk for the Chinese text)" >&2
  exit 1
fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
dotnet run --project src/ReportSdk.Cli -- site data --out "$site/site"
dotnet run --project tests/ReportSdk.Site.Tests -- "$site/site" docs/images

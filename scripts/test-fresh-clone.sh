#!/usr/bin/env bash
# The README's first commands as a new user meets them: in a clone of this repository's HEAD, in an
# empty folder (no ../shared beside it), with an empty home folder, a Traditional Chinese culture
# and the Asia/Taipei time zone. Passes when every test passes, the only skipped tests are the
# source-document imports (each saying why) and the sample prints its table. Uncommitted changes
# are not in the clone.
# Usage: bash scripts/test-fresh-clone.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The package folder is the one thing shared with this machine, so nothing is downloaded again.
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}

git clone -q "$repo" "$work/clone"
mkdir "$work/home"
echo "clone: $work/clone (HEAD $(git -C "$work/clone" rev-parse --short HEAD)); HOME=$work/home LANG=zh_TW.UTF-8 TZ=Asia/Taipei"

in_clone() {
  (cd "$work/clone" && env -u STATUSCODES_REQUIRE_SEEDS HOME="$work/home" NUGET_PACKAGES="$packages" LANG=zh_TW.UTF-8 TZ=Asia/Taipei "$@")
}

set +e
in_clone dotnet test StatusCodes.Generators.sln --logger trx --results-directory "$work/results"
status=$?
set -e

# Counted from the TRX files: the console summary is in the culture's language.
count() { cat "$work"/results/*.trx | grep -oE "<Counters [^>]*" | grep -oE " $1=\"[0-9]+\"" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
total=$(count total); executed=$(count executed); passed=$(count passed); failed=$(count failed)
skipped=$((total - executed))
echo "fresh clone: $total tests, $passed passed, $failed failed, $skipped skipped"

skipped_names=$(cat "$work"/results/*.trx | grep -oE '<UnitTestResult [^>]*outcome="NotExecuted"' | grep -oE 'testName="[^"]*"' | sort -u || true)
if [ -n "$skipped_names" ]; then
  echo "skipped, as they should be here:"
  printf '%s\n' "$skipped_names" | sed 's/^testName="\(.*\)"$/  \1/'
  echo "the reasons they give:"
  cat "$work"/results/*.trx | grep -oE '<Message>needs [^<]*' | sed 's/<Message>/  /' | sort -u
fi
# Tests of the HTML pages need a headless Chromium; where CI installed one, they run here too.
unexpected=$(printf '%s\n' "$skipped_names" | grep -v '^$' | grep -v -e 'testName="StatusCodes.Tool.Tests.ImportSeedTests\.' -e 'testName="StatusCodes.Tool.Tests.DocsBrowserTests\.' || true)
if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then
  echo "the README's test command failed in a fresh clone (exit $status)" >&2
  exit 1
fi
if [ -n "$unexpected" ]; then
  echo "tests skipped in a fresh clone that do not need the source documents:" >&2
  echo "$unexpected" >&2
  exit 1
fi
if [ "$skipped" -eq 0 ]; then
  echo "no source-document test was skipped, so some test found ../shared/seeds from inside a fresh clone" >&2
  exit 1
fi

in_clone dotnet run --project samples/StatusCodes.Sample > "$work/sample.txt"
if ! grep -q "| 404 | NotFound | Not found | 未找到 | 找不到 |" "$work/sample.txt"; then
  echo "the README's sample command did not print the HTTP table in a fresh clone:" >&2
  cat "$work/sample.txt" >&2
  exit 1
fi
echo "fresh clone: the sample printed the HTTP table"

#!/usr/bin/env bash
# Regenerates docs/definitions/ (one Markdown page per set and locale, plus index.md) from
# definitions/*.codes.yaml with the statuscodes tool, built and run from source.
#
#   scripts/generate-docs.sh           rewrite docs/definitions/
#   scripts/generate-docs.sh --check   fail if docs/definitions/ is not what the definitions give (for CI)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="$root/docs/definitions"
locales=(--locale en-US --locale zh-CN --locale zh-TW)

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  -h|--help)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
  *)
    echo "usage: $0 [--check]" >&2
    exit 2 ;;
esac

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Build quietly first so that the tool's own messages are the only output.
dotnet build "$root/src/StatusCodes.Tool/StatusCodes.Tool.csproj" --nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
dotnet run --project "$root/src/StatusCodes.Tool/StatusCodes.Tool.csproj" --no-build -- \
  docs "$root/definitions" "${locales[@]}" --format markdown -o "$scratch/pages"

if $check; then
  if diff -r -q "$scratch/pages" "$docs" >/dev/null 2>&1; then
    echo "docs/definitions is up to date."
    exit 0
  fi
  echo "docs/definitions is out of date with definitions/:" >&2
  diff -r -q "$scratch/pages" "$docs" >&2 || true
  echo "Run scripts/generate-docs.sh and commit the result." >&2
  exit 1
fi

rm -rf "$docs"
mkdir -p "$(dirname "$docs")"
cp -R "$scratch/pages" "$docs"
echo "Wrote $(find "$docs" -type f | wc -l | tr -d ' ') files to docs/definitions."

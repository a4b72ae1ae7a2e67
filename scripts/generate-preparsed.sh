#!/usr/bin/env bash
# Rewrites src/StatusCodes.Generators/BuiltIn/PreParsedDefinitions.Data.g.cs (the built-in
# definitions as the generator ships them, already parsed) from definitions/*.codes.yaml, with the
# writer in tests/StatusCodes.PreParsedWriter, built and run from source.
#
#   scripts/generate-preparsed.sh           rewrite the data file
#   scripts/generate-preparsed.sh --check   fail if the data file is not what the definitions give (for CI)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/StatusCodes.PreParsedWriter/StatusCodes.PreParsedWriter.csproj"

mode=()
case "${1:-}" in
  "") ;;
  --check) mode=(--check) ;;
  -h|--help)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
  *)
    echo "usage: $0 [--check]" >&2
    exit 2 ;;
esac

# Build quietly first so that the writer's own messages are the only output.
dotnet build "$project" --nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
dotnet run --project "$project" --no-build -- "$root" "${mode[@]}"

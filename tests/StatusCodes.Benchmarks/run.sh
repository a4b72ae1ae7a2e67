#!/usr/bin/env bash
# Performance of the generated code and of the generator (issue 6).
#
#   bash tests/StatusCodes.Benchmarks/run.sh           the full run (about 35 minutes on 2 cores): run-time
#                                                      benchmarks, the in-process generator harness, instruction
#                                                      counts under callgrind, real builds with ReportAnalyzer, and the
#                                                      build cost of consumers of the packed package;
#                                                      rewrites the result sections of docs/performance.md and the
#                                                      headline table of README.md
#   bash tests/StatusCodes.Benchmarks/run.sh --smoke   CI: every benchmark and every harness scenario runs once, in
#                                                      process; fails if one does not run, if a generated member
#                                                      allocates, or if an unrelated edit re-runs a step; then one
#                                                      build-cost pair of a packed consumer. Writes only
#                                                      artifacts/perf/. Never judges times.
#   bash tests/StatusCodes.Benchmarks/run.sh --build-cost   only the build cost of consumers of the packed package
#                                                      (about 20 minutes on 2 cores with 5 pairs per row;
#                                                      BUILD_COST_PAIRS=7 for steadier medians); rewrites its
#                                                      section of docs/performance.md
#
# Times are noisy on a shared 2-core machine: compare ratios within one run, never across runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

mode=full
case "${1:-}" in
  --smoke) mode=smoke ;;
  --build-cost) mode=build-cost ;;
  "") ;;
  *) echo "usage: $0 [--smoke | --build-cost]" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=$root/artifacts/perf
mkdir -p "$out"
project=tests/StatusCodes.Benchmarks
bench=(dotnet "$project/bin/Release/net10.0/StatusCodes.Benchmarks.dll")

# Replaces the lines between <!-- BEGIN name --> and <!-- END name --> of a file with another file.
replace_section() { # file name content-file
  awk -v name="$2" -v content="$3" '
    $0 == "<!-- BEGIN " name " -->" { print; while ((getline line < content) > 0) print line; skipping = 1; next }
    $0 == "<!-- END " name " -->" { skipping = 0 }
    !skipping { print }' "$1" > "$1.tmp"
  mv "$1.tmp" "$1"
}

# Whole dotnet builds of fresh consumers of the packed package, with and without it, in turns.
build_cost() {
  echo "== build cost (the packed package in fresh consumer projects; whole-process builds, A and B in turns)"
  "${bench[@]}" build-cost --pairs "${BUILD_COST_PAIRS:-5}" --out "$out/build-cost.md"
  {
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src definitions || echo ' (with uncommitted changes in src/ or definitions/)'), .NET SDK $(dotnet --version), $(nproc) cores."
    echo
    cat "$out/build-cost.md"
  } > "$out/build-cost.section.md"
  replace_section docs/performance.md build-cost "$out/build-cost.section.md"
}

echo "== build $project (Release)"
dotnet build "$project" -c Release -nologo -clp:NoSummary -v:q

if [ "$mode" = smoke ]; then
  echo "== run-time benchmarks, smoke (in process; allocations must be zero)"
  "${bench[@]}" runtime --smoke --out "$out/runtime.md"
  echo "== build-time harness, smoke (the unrelated edit must reuse every step)"
  "${bench[@]}" build-time --smoke --out "$out/build-time.md"
  echo "== build cost, smoke (the packed package in a fresh consumer: one pair of builds, sizes checked)"
  "${bench[@]}" build-cost --smoke --out "$out/build-cost.md"
  echo "== benchmarks smoke passed (tables in $out; times of a smoke run mean nothing)"
  exit 0
fi

if [ "$mode" = build-cost ]; then
  build_cost
  echo "== wrote the build-cost section of docs/performance.md"
  exit 0
fi

echo "== run-time benchmarks (BenchmarkDotNet, out of process)"
"${bench[@]}" runtime --out "$out/runtime.md"

echo "== build-time harness (in process)"
"${bench[@]}" build-time --out "$out/build-time.md"

# Instructions per lookup: the difference between two loop lengths, so start-up, JIT and setup cancel.
# Tiered compilation off: every method is compiled once, fully optimized, so both counts see the same code.
echo "== instruction counts (valgrind --tool=callgrind)"
{
  echo "| benchmark (random input) | instructions per lookup |"
  echo "|---|---:|"
  if command -v valgrind > /dev/null; then
    short=20 long=220 lookups=1024
    for kernel in \
      TitleBenchmarks.GeneratedTitle TitleBenchmarks.AspNetCoreReasonPhrase TitleBenchmarks.GeneratedReasonPhrase \
      TitleBenchmarks.DictionaryTitle TitleBenchmarks.FrozenDictionaryTitle TitleBenchmarks.ResourceManagerTitle \
      TitleBenchmarks.GeneratedTitleByCulture TitleBenchmarks.GeneratedFromCulture \
      EnumBenchmarks.GeneratedToStringFast EnumBenchmarks.EnumToString \
      EnumBenchmarks.GeneratedIsDefined EnumBenchmarks.EnumIsDefined \
      EnumBenchmarks.GeneratedTryParseSpan EnumBenchmarks.EnumTryParseSpan \
      SparseBenchmarks.GeneratedSparseTitle SparseBenchmarks.SparseDictionaryTitle; do
      counts=()
      for n in $short $long; do
        file=$out/callgrind.$kernel.$n
        DOTNET_gcServer=0 DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0 valgrind --tool=callgrind --smc-check=all-non-file \
          --callgrind-out-file="$file" "${bench[@]}" loop "$kernel" "$n" > /dev/null 2>&1
        counts+=("$(awk '/^summary:/ { print $2 }' "$file")")
        rm -f "$file"
      done
      per=$(awk -v a="${counts[0]}" -v b="${counts[1]}" -v n=$(((long - short) * lookups)) 'BEGIN { printf "%.1f", (b - a) / n }')
      echo "| $kernel | $per |"
    done
  else
    echo "| (valgrind is not installed) | |"
  fi
} > "$out/instructions.md"
cat "$out/instructions.md"

# A real build: the compiler's own per-generator times (-p:ReportAnalyzer=true, printed at -v:d). Each
# project is built once to warm up and then five times with --no-incremental; the table shows the
# median of the five for each generator and in how many of the five builds ours was at or below the
# Regex generator (both are timed in the same builds). The sample has no [GeneratedRegex]; the
# throwaway project has one, so the Regex generator does real work beside ours in the same
# compilation. Two kinds of build: without the compiler server (this machine's and CI's environment
# set UseSharedCompilation=false: every build is a fresh csc process, so each generator pays its JIT),
# and with it (the default of dotnet build; the server is shut down first, starts in the warm-up
# build, and the measured builds are its second to sixth).
echo "== generator times in a real dotnet build (ReportAnalyzer)"
generator_times() { # project, shared compilation (true/false) -> "ours regex wins" (medians in ms, builds of 5)
  local log pairs=()
  log=$(mktemp)
  if [[ $2 == true ]]; then dotnet build-server shutdown > /dev/null 2>&1 || true; fi
  for build in 0 1 2 3 4 5; do
    dotnet build "$1" -c Release --no-incremental -nologo -p:ReportAnalyzer=true -p:UseSharedCompilation="$2" -v:d > "$log"
    [[ $build == 0 ]] && continue
    pairs+=("$(awk '
      /Total generator execution time/ { in_generators = 1; next }
      /Total analyzer execution time/ { in_generators = 0 }
      in_generators && $NF == "StatusCodes.Generators.StatusCodesGenerator" { ours = $1 * 1000 }
      in_generators && $NF == "System.Text.RegularExpressions.Generator.RegexGenerator" { regex = $1 * 1000 }
      END { printf "%s %s\n", (ours == "" ? "?" : ours), (regex == "" ? "?" : regex) }' "$log")")
  done
  rm -f "$log"
  if [[ $2 == true ]]; then dotnet build-server shutdown > /dev/null 2>&1 || true; fi
  printf '%s\n' "${pairs[@]}" | awk '
    { ours[NR] = $1; regex[NR] = $2; if ($1 != "?" && $2 != "?" && $1 + 0 <= $2 + 0) wins++ }
    function median(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) if (a[i] == "?") return "?"
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[(n + 1) / 2]
    }
    END { printf "%s %s %d\n", median(ours, NR), median(regex, NR), wins }'
}
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "?" || b == "?") ? "?" : (a + 0 <= b + 0 ? "yes" : "**no**") }'; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/RegexAndStatus.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/StatusCodes.Generators/build/StatusCodes.Generators.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>RegexAndStatus</RootNamespace>
    <Nullable>enable</Nullable>
    <StatusCodesBuiltInDefinitionsDirectory>$root/definitions/</StatusCodesBuiltInDefinitionsDirectory>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/StatusCodes.Generators/StatusCodes.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$root/src/StatusCodes.Generators/build/StatusCodes.Generators.targets" />
</Project>
EOF
cat > "$scratch/Program.cs" <<'EOF'
using System.Text.RegularExpressions;

namespace RegexAndStatus;

internal static partial class Program
{
    [GeneratedRegex(@"^(?<code>[1-5][0-9]{2})(?:\s+(?<locale>[a-z]{2}-[A-Z]{2}))?$")]
    private static partial Regex StatusLine();

    private static int Main(string[] args)
    {
        var match = StatusLine().Match(args.Length > 0 ? args[0] : "404");
        return match.Success && HttpStatusExtensions.TryParse(match.Groups["code"].Value, out var status) ? (int)status.GetCategory() : 0;
    }
}
EOF
read -r sample_ours sample_regex sample_wins < <(generator_times samples/StatusCodes.Sample/StatusCodes.Sample.csproj false)
read -r cold_ours cold_regex cold_wins < <(generator_times "$scratch/RegexAndStatus.csproj" false)
read -r warm_ours warm_regex warm_wins < <(generator_times "$scratch/RegexAndStatus.csproj" true)
{
  echo "| build (Release, --no-incremental; medians of 5 after 1 warm-up) | StatusCodesGenerator | RegexGenerator | ours ≤ Regex's (median) | builds with ours ≤ Regex's |"
  echo "|---|---:|---:|---|---:|"
  echo "| samples/StatusCodes.Sample (no [GeneratedRegex]), no compiler server | $sample_ours ms | $sample_regex ms (nothing to generate) | — | — |"
  echo "| throwaway project, one [GeneratedRegex] + the built-in definitions, no compiler server | $cold_ours ms | $cold_regex ms | $(verdict "$cold_ours" "$cold_regex") | $cold_wins of 5 |"
  echo "| the same project with the compiler server (dotnet build's default) | $warm_ours ms | $warm_regex ms | $(verdict "$warm_ours" "$warm_regex") | $warm_wins of 5 |"
} > "$out/build.md"
cat "$out/build.md"

build_cost

{
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB, $(uname -sr)"
  echo "- .NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }'), BenchmarkDotNet 0.14.0"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src definitions || echo ' (with uncommitted changes in src/ or definitions/)')"
} > "$out/machine.md"

{
  echo "| what | measured | goal | met |"
  echo "|---|---|---|---|"
  cat "$out/runtime.headline.md" "$out/build-time.headline.md" "$out/build-cost.headline.md"
  echo "| real build, one [GeneratedRegex], no compiler server: ours vs the Regex generator (medians of 5 builds) | $cold_ours ms vs $cold_regex ms (ours ≤ in $cold_wins of 5) | ≤ Regex's | $(verdict "$cold_ours" "$cold_regex") |"
  echo "| the same with the compiler server (its 2nd to 6th builds) | $warm_ours ms vs $warm_regex ms (ours ≤ in $warm_wins of 5) | ≤ Regex's | $(verdict "$warm_ours" "$warm_regex") |"
} > "$out/headline.md"
replace_section docs/performance.md machine "$out/machine.md"
replace_section docs/performance.md runtime "$out/runtime.md"
replace_section docs/performance.md instructions "$out/instructions.md"
replace_section docs/performance.md build-time "$out/build-time.md"
replace_section docs/performance.md build "$out/build.md"
replace_section README.md performance "$out/headline.md"
echo "== wrote docs/performance.md and the README's headline table"

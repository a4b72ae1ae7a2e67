#!/usr/bin/env bash
# End-to-end tests of the NuGet package, as a user meets it.
#
# Packs StatusCodes.Generators into a temporary folder feed, creates fresh projects with
# `dotnet new`, installs the package with `dotnet add package` from that feed (into a fresh
# packages folder, so nothing cached from an earlier run can stand in for this build), builds
# and runs them, and checks real outputs: program output, exit codes, diagnostics with their
# file(line,col), the XML documentation file, what an editor (csharp-ls) shows on hover, and that
# an unchanged rebuild is a no-op.
# Then publishes the console sample trimmed, and a consumer with Native AOT, and compares their
# output with the JIT builds' (printing the native and managed size growth).
#
# Usage: bash tests/package/run.sh            (KEEP_PACKAGE_TESTS=1 keeps the work folder)
# Prints one line per check and ends with "package: N passed, M failed[, K skipped]".
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/statuscodes-package.XXXXXX")
feed="$work/feed"
logs="$work/logs"
mkdir -p "$feed" "$logs"
cleanup() {
  if [ "${KEEP_PACKAGE_TESTS:-0}" = "1" ]; then
    echo "work folder kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

passed=0 failed=0 skipped=0
pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() {
  failed=$((failed + 1)); echo "FAIL  $1"
  if [ $# -gt 1 ] && [ -f "$2" ]; then
    echo "      --- last lines of $2"; tail -n 25 "$2" | sed 's/^/      /'
  elif [ $# -gt 1 ]; then
    printf '%s\n' "$2" | sed 's/^/      /'
  fi
}
skip() { skipped=$((skipped + 1)); echo "SKIP  $1"; }
section() { echo "== $1 (at ${SECONDS}s)"; }

# check NAME COMMAND...: passes when the command succeeds.
check() { local name=$1; shift; if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name"; fi; }
# has FILE REGEX / lacks FILE REGEX: extended regular expressions on a file.
has() { grep -Eq -- "$2" "$1"; }
lacks() { ! grep -Eq -- "$2" "$1"; }

# build LOG PROJECT [ARGS...]: a Release build; its output (and exit code) go to LOG.
build() {
  local log=$1 project=$2; shift 2
  dotnet build "$project" -c Release -nologo -nr:false "$@" >"$log" 2>&1
}

# add_properties CSPROJ XML: inserts XML before the first </PropertyGroup>.
add_properties() {
  awk -v add="$2" '!done && /<\/PropertyGroup>/ { print add; done = 1 } { print }' "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}

# new_project TEMPLATE NAME [ARGS...]: dotnet new, then dotnet add package from the feed.
new_project() {
  local template=$1 name=$2; shift 2
  local dir="$work/$name"
  if ! dotnet new "$template" -o "$dir" -n "$name" "$@" >"$logs/new-$name.log" 2>&1; then
    fail "$name: dotnet new $template" "$logs/new-$name.log"; return 1
  fi
  if ! (cd "$dir" && dotnet add package StatusCodes.Generators --version "$version" >"$logs/add-$name.log" 2>&1); then
    fail "$name: dotnet add package" "$logs/add-$name.log"; return 1
  fi
}

# same_files NAME FOLDER EXPECTED: the folder holds exactly the files named (space-separated, sorted).
same_files() {
  local actual
  actual=$(cd "$2" 2>/dev/null && ls | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$actual" = "$3" ]; then pass "$1"; else fail "$1" "expected: $3
actual:   $actual"; fi
}

# same_text NAME EXPECTED ACTUAL_FILE
same_text() {
  if diff <(printf '%s\n' "$2") "$3" >"$logs/diff.txt" 2>&1; then pass "$1"; else fail "$1" "$logs/diff.txt"; fi
}

# zip_list ZIP / zip_cat ZIP ENTRY: a package's file names, one entry's text (unzip, else python3).
zip_list() {
  if command -v unzip >/dev/null; then unzip -Z1 "$1"; else python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}
zip_cat() {
  if command -v unzip >/dev/null; then unzip -p "$1" "$2"; else python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8-sig"))' "$1" "$2"; fi
}

generated_dir() { echo "$1/obj/Release/$2/generated/StatusCodes.Generators/StatusCodes.Generators.StatusCodesGenerator"; }

analyzers_present() {
  [ "${STATUSCODES_EXPECT_ANALYZERS:-}" = "1" ] || grep -rqs --include="*.cs" "DiagnosticAnalyzer(" "$repo/src/StatusCodes.Analyzers"
}

echo "== package tests in $work"

# --- Pack ------------------------------------------------------------------------------------
section "Pack"
version=$(dotnet msbuild "$repo/src/StatusCodes.Generators/StatusCodes.Generators.csproj" -getProperty:Version 2>/dev/null | tr -d '[:space:]')
nupkg="$feed/StatusCodes.Generators.$version.nupkg"
if dotnet pack "$repo/src/StatusCodes.Generators/StatusCodes.Generators.csproj" -c Release -o "$feed" -nologo -nr:false >"$logs/pack.log" 2>&1 && [ -f "$nupkg" ]; then
  pass "dotnet pack produces StatusCodes.Generators.$version.nupkg"
else
  fail "dotnet pack produces StatusCodes.Generators.$version.nupkg" "$logs/pack.log"
  echo "package: $passed passed, $failed failed"
  exit 1
fi

zip_list "$nupkg" >"$logs/contents.txt"
zip_cat "$nupkg" StatusCodes.Generators.nuspec >"$logs/nuspec.xml"
for entry in analyzers/dotnet/cs/StatusCodes.Generators.dll analyzers/dotnet/cs/StatusCodes.Definitions.dll \
  analyzers/dotnet/cs/YamlDotNet.dll analyzers/dotnet/cs/StatusCodes.Generators.xml \
  buildTransitive/StatusCodes.Generators.props buildTransitive/StatusCodes.Generators.targets \
  buildTransitive/definitions/http.codes.yaml buildTransitive/definitions/site-monitor.codes.yaml \
  buildTransitive/definitions/http-nginx.codes.yaml buildTransitive/definitions/http-cloudflare.codes.yaml \
  buildTransitive/definitions/http-iis.codes.yaml buildTransitive/definitions/http-aws-elb.codes.yaml \
  buildTransitive/definitions/grpc.codes.yaml \
  buildTransitive/prebuilt/net8.0/StatusCodes.BuiltIns.dll buildTransitive/prebuilt/net8.0/StatusCodes.BuiltIns.xml \
  buildTransitive/prebuilt/net8.0/StatusCodes.BuiltIns.HttpStatus.dll buildTransitive/prebuilt/net8.0/StatusCodes.BuiltIns.HttpStatus.xml \
  PACKAGE.md THIRD-PARTY-NOTICES.txt; do
  check "package contains $entry" grep -qx "$entry" "$logs/contents.txt"
done
if [ -f "$repo/src/StatusCodes.Generators.CodeFixes/StatusCodes.Generators.CodeFixes.csproj" ]; then
  check "package contains the code fixes assembly" grep -qx analyzers/dotnet/cs/StatusCodes.Generators.CodeFixes.dll "$logs/contents.txt"
else
  skip "package contains the code fixes assembly (src/StatusCodes.Generators.CodeFixes is not in this branch)"
fi
check "package has no lib/ or ref/ folder" lacks "$logs/contents.txt" '^(lib|ref)/'
check "nuspec: developmentDependency" has "$logs/nuspec.xml" '<developmentDependency>true</developmentDependency>'
check "nuspec: MIT license expression" has "$logs/nuspec.xml" '<license type="expression">MIT</license>'
check "nuspec: packaged readme" has "$logs/nuspec.xml" '<readme>PACKAGE.md</readme>'
check "nuspec: no dependencies" lacks "$logs/nuspec.xml" '<dependency '

# A NuGet.config for every consumer below: the feed first (and the only source of this package),
# then the machine's packages folder and its configured sources for everything else, and a fresh
# packages folder (NUGET_PACKAGES would override the config's globalPackagesFolder, so it is set
# too, for the consumers only; the repository's own sample keeps the machine's folder).
machine_packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo "  <config><add key=\"globalPackagesFolder\" value=\"$work/packages\" /></config>"
  echo '  <packageSources>'
  echo '    <clear />'
  echo "    <add key=\"statuscodes-feed\" value=\"$feed\" />"
  if [ -d "$machine_packages" ]; then
    echo "    <add key=\"machine-packages\" value=\"$machine_packages\" />"
  fi
  dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ { n++; printf "    <add key=\"source%d\" value=\"%s\" />\n", n, $2 }'
  echo '  </packageSources>'
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="statuscodes-feed"><package pattern="StatusCodes.Generators" /></packageSource>'
  if [ -d "$machine_packages" ]; then
    echo '    <packageSource key="machine-packages"><package pattern="*" /></packageSource>'
  fi
  dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ { n++; printf "    <packageSource key=\"source%d\"><package pattern=\"*\" /></packageSource>\n", n }'
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} >"$work/NuGet.config"
had_nuget_packages=${NUGET_PACKAGES+set}
export NUGET_PACKAGES="$work/packages"
# Fresh projects must not pick up anything from the folders above the work folder.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

# --- 1. Console app, net10.0: zero configuration, docs, incremental no-op ----------------------
section "1. Console app, net10.0: zero configuration, docs, incremental no-op"
if new_project console ConsoleApp; then
  dir="$work/ConsoleApp"
  check "ConsoleApp: dotnet add package marks the package PrivateAssets=all" has "$dir/ConsoleApp.csproj" '<PrivateAssets>all</PrivateAssets>'
  check "ConsoleApp: the package restored into the fresh packages folder is the one just packed" \
    cmp "$nupkg" "$work/packages/statuscodes.generators/$version/statuscodes.generators.$version.nupkg"
  # The compiler's error log (SARIF) holds the info findings, which csc prints only when the
  # generator reports them, not when an analyzer does.
  add_properties "$dir/ConsoleApp.csproj" '    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <ErrorLog>$(MSBuildProjectDirectory)/obj/findings.sarif,version=2.1</ErrorLog>'
  cat >"$dir/Program.cs" <<'EOF'
using ConsoleApp;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var notFound = HttpStatus.NotFound;
Console.WriteLine($"{(int)notFound} {notFound.GetReasonPhrase()} | {notFound.GetTitle(StatusLocale.EnUS)} | {notFound.GetTitle(StatusLocale.ZhCN)} | {notFound.GetTitle(StatusLocale.ZhTW)}");
Console.WriteLine(HttpStatusExtensions.TryParse("payloadtoolarge", out var large) ? $"{(int)large} {large.ToStringFast()} {large.GetCategory().ToStringFast()}" : "no");
Console.WriteLine(SiteMonitorCodes.TryGetTitle("PING", 610, StatusLocale.EnUS, out var ping) ? ping : "none");
Console.WriteLine(SiteMonitorCodes.TryGetTitle("http", 503, StatusLocale.ZhTW, out var http) ? http : "none");
Console.WriteLine(StatusLocales.TryParse("zh-Hant", out var hant) ? hant.GetName() : "none");
var unknown = 799 + args.Length; // not a constant, which the usage analyzers would flag
Console.WriteLine(HttpStatusExtensions.IsDefined(unknown));
EOF
  if build "$logs/console-build.log" "$dir" -v:d; then
    pass "ConsoleApp: builds warning-free with TreatWarningsAsErrors"
    dotnet "$dir/bin/Release/net10.0/ConsoleApp.dll" >"$logs/console-out.txt" 2>&1
    same_text "ConsoleApp: HttpStatus, SiteMonitorCodes and StatusLocale work with no YAML in the project" \
"404 Not Found | Not found | 未找到 | 找不到
413 ContentTooLarge ClientError
No response
服務無法使用
zh-TW
False" "$logs/console-out.txt"

    # An app that takes the defaults references the package's precompiled sets and compiles none of them.
    prebuilt="$work/packages/statuscodes.generators/$version/buildTransitive/prebuilt/net8.0"
    check "ConsoleApp: the build log names the package's precompiled sets" has "$logs/console-build.log" "StatusCodes\.Generators: the sets come from the package's precompiled assembly 'StatusCodes\.BuiltIns' \(namespace StatusCodeSets\)"
    check "ConsoleApp: info SCG0306 (from the analyzers, in the error log) names StatusCodes.BuiltIns and its nine sets" bash -c \
      "grep -q '\"ruleId\": \"SCG0306\"' '$dir/obj/findings.sarif' && grep -Fq 'The sets HttpStatus, HttpProbeStatus, PingProbeStatus, TcpProbeStatus, UdpProbeStatus, DnsProbeStatus, SmtpProbeStatus, Pop3ProbeStatus, FtpProbeStatus come from the referenced assembly '\\''StatusCodes.BuiltIns'\\'' (namespace StatusCodeSets); this project generates no copy of them; a generated global using imports StatusCodeSets.' '$dir/obj/findings.sarif' && grep -q 'ConsoleApp/ConsoleApp.csproj' '$dir/obj/findings.sarif'"
    check "ConsoleApp: the compiler gets the analyzers without the generator and its YAML parser" bash -c \
      "grep -q '/analyzer:[^ ]*statuscodes\.generators[^ ]*/StatusCodes\.Analyzers\.dll' '$logs/console-build.log' && ! grep -Eq '/analyzer:[^ ]*/(StatusCodes\.Generators|YamlDotNet)\.dll' '$logs/console-build.log'"
    check "ConsoleApp: the compiler gets the precompiled sets from the package folder" has "$logs/console-build.log" "/reference:$prebuilt/StatusCodes\.BuiltIns\.dll"
    xml="$prebuilt/StatusCodes.BuiltIns.xml"
    awk '/<member name="F:StatusCodeSets.HttpStatus.NotFound">/,/<\/member>/' "$xml" >"$logs/console-doc.txt" 2>/dev/null
    check "ConsoleApp: the editor's XML doc of HttpStatus.NotFound (beside the precompiled sets) has the en-US summary" has "$logs/console-doc.txt" '<c>404</c> Not found\. The server cannot find'
    check "ConsoleApp: the editor's XML doc of HttpStatus.NotFound lists zh-CN and zh-TW" bash -c "grep -q '<para>zh-CN: 未找到' '$logs/console-doc.txt' && grep -q '<para>zh-TW: 找不到' '$logs/console-doc.txt'"
    check "ConsoleApp: XML doc of the enum type itself" has "$xml" '<member name="T:StatusCodeSets.HttpStatus">'

    check "ConsoleApp: the compiler gets no definition file (nothing to parse, no catalog), only the targets' word" bash -c \
      "! grep -q '/additionalfile:' '$logs/console-build.log' && grep -qx 'build_property._StatusCodesPrecompiledSets = true' '$dir/obj/Release/net10.0/ConsoleApp.GeneratedMSBuildEditorConfig.editorconfig'"
    same_text "ConsoleApp: of the package, only the precompiled sets are copied to the output (no documentation file, no generator)" \
"StatusCodes.BuiltIns.dll" <(ls "$dir/bin/Release/net10.0" | grep -E '^(StatusCodes\.|YamlDotNet)')
    check "ConsoleApp: the deps file names no package" lacks "$dir/bin/Release/net10.0/ConsoleApp.deps.json" 'StatusCodes\.Generators|YamlDotNet'
    gen=$(generated_dir "$dir" net10.0)
    imports="$dir/obj/Release/net10.0/StatusCodes.ReferencedSets.g.cs"
    check "ConsoleApp: nothing is generated; the targets' file imports StatusCodeSets and keeps the namespace ConsoleApp declared" bash -c \
      "[ ! -e '$gen' ] && grep -qx 'global using global::@StatusCodeSets;' '$imports' && grep -qx 'namespace @ConsoleApp' '$imports' && grep -qx '// <auto-generated/>' '$imports'"

    # Incremental: a second build of the unchanged project compiles nothing and writes nothing.
    touch "$work/marker"; sleep 1
    if build "$logs/console-rebuild.log" "$dir" -v:d; then
      check "ConsoleApp: unchanged rebuild skips CoreCompile (the compiler does not run)" has "$logs/console-rebuild.log" 'Skipping target "CoreCompile" because all output files are up-to-date'
      newer=$(find "$imports" "$dir/obj/Release/net10.0/ConsoleApp.dll" -newer "$work/marker" -type f | wc -l)
      if [ "$newer" -eq 0 ]; then
        pass "ConsoleApp: unchanged rebuild leaves the targets' file and the assembly untouched"
      else
        fail "ConsoleApp: unchanged rebuild leaves the targets' file and the assembly untouched" "$newer newer files"
      fi
    else
      fail "ConsoleApp: unchanged rebuild" "$logs/console-rebuild.log"
    fi

    # The same app without the precompiled sets: every set generated into its own namespace, the same output.
    rm -rf "$gen" "$dir/bin/Release/net10.0/StatusCodes.BuiltIns.dll"
    if build "$logs/console-own.log" "$dir" -p:StatusCodesPrecompiledSets=false; then
      pass "ConsoleApp: with StatusCodesPrecompiledSets=false it builds warning-free"
      check "ConsoleApp: with StatusCodesPrecompiledSets=false, StatusCodes.BuiltIns.dll is neither referenced nor copied" bash -c \
        "[ ! -e '$dir/bin/Release/net10.0/StatusCodes.BuiltIns.dll' ] && ! grep -q 'SCG0306' '$logs/console-own.log'"
      dotnet "$dir/bin/Release/net10.0/ConsoleApp.dll" >"$logs/console-own-out.txt" 2>&1
      check "ConsoleApp: its own copy prints what the precompiled sets print" cmp "$logs/console-out.txt" "$logs/console-own-out.txt"
      expected=""
      for set in DnsProbeStatus FtpProbeStatus HttpProbeStatus; do expected="$expected ConsoleApp.$set.Json.g.cs ConsoleApp.$set.Utf8.g.cs ConsoleApp.$set.g.cs"; done
      expected="$expected ConsoleApp.HttpStatus.Interop.g.cs ConsoleApp.HttpStatus.Json.g.cs ConsoleApp.HttpStatus.References.g.cs ConsoleApp.HttpStatus.Utf8.g.cs ConsoleApp.HttpStatus.g.cs"
      expected="$expected ConsoleApp.PingProbeStatus.Json.g.cs ConsoleApp.PingProbeStatus.Utf8.g.cs ConsoleApp.PingProbeStatus.g.cs ConsoleApp.Pop3ProbeStatus.Json.g.cs ConsoleApp.Pop3ProbeStatus.Utf8.g.cs ConsoleApp.Pop3ProbeStatus.g.cs ConsoleApp.SiteMonitorCodes.g.cs"
      expected="$expected ConsoleApp.SmtpProbeStatus.Json.g.cs ConsoleApp.SmtpProbeStatus.Utf8.g.cs ConsoleApp.SmtpProbeStatus.g.cs ConsoleApp.StatusCodeTables.g.cs ConsoleApp.StatusLocale.g.cs"
      for set in TcpProbeStatus UdpProbeStatus; do expected="$expected ConsoleApp.$set.Json.g.cs ConsoleApp.$set.Utf8.g.cs ConsoleApp.$set.g.cs"; done
      same_files "ConsoleApp: with its own copy every built-in set is generated, with its UTF-8, interop, reference and JSON files" "$gen" "${expected# }"
      own_xml="$dir/bin/Release/net10.0/ConsoleApp.xml"
      awk '/<member name="F:ConsoleApp.HttpStatus.NotFound">/,/<\/member>/' "$own_xml" >"$logs/console-own-doc.txt" 2>/dev/null
      check "ConsoleApp: with its own copy, XML doc of HttpStatus.NotFound in the app's documentation file, in every locale" bash -c \
        "grep -q '<c>404</c> Not found\. The server cannot find' '$logs/console-own-doc.txt' && grep -q '<para>zh-CN: 未找到' '$logs/console-own-doc.txt' && grep -q '<para>zh-TW: 找不到' '$logs/console-own-doc.txt'"
      check "ConsoleApp: with its own copy, the built-in definitions come from the package, marked StatusCodesBuiltIn" bash -c \
        "grep -A1 -F '[$work/packages/statuscodes.generators/$version/buildTransitive/definitions/http.codes.yaml]' '$dir/obj/Release/net10.0/ConsoleApp.GeneratedMSBuildEditorConfig.editorconfig' | grep -q 'StatusCodesBuiltIn = true'"
    else
      fail "ConsoleApp: with StatusCodesPrecompiledSets=false it builds warning-free" "$logs/console-own.log"
    fi
  else
    fail "ConsoleApp: builds warning-free with TreatWarningsAsErrors" "$logs/console-build.log"
  fi
fi

# --- 1b. Console app with StatusCodesBuiltInSets=HttpStatus: the precompiled HttpStatus alone --
section "1b. Console app with StatusCodesBuiltInSets=HttpStatus: the precompiled HttpStatus alone"
if new_project console HttpOnly; then
  dir="$work/HttpOnly"
  add_properties "$dir/HttpOnly.csproj" '    <StatusCodesBuiltInSets>HttpStatus</StatusCodesBuiltInSets>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>'
  cat >"$dir/Program.cs" <<'EOF'
using HttpOnly;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var notFound = HttpStatus.NotFound;
Console.WriteLine($"{(int)notFound} {notFound.GetReasonPhrase()} | {notFound.GetTitle(StatusLocale.EnUS)} | {notFound.GetTitle(StatusLocale.ZhCN)} | {notFound.GetTitle(StatusLocale.ZhTW)}");
Console.WriteLine(System.Text.Encoding.UTF8.GetString(HttpStatus.ServiceUnavailable.GetTitleUtf8(StatusLocale.ZhTW)));
Console.WriteLine(HttpStatusExtensions.TryParse("payloadtoolarge", out var large) ? $"{(int)large} {large.ToStringFast()}" : "no");
Console.WriteLine(typeof(HttpStatus).Assembly.GetName().Name);
EOF
  if build "$logs/http-build.log" "$dir" -v:d; then
    pass "HttpOnly: builds warning-free with TreatWarningsAsErrors (no SCG0305 for the selection)"
    dotnet "$dir/bin/Release/net10.0/HttpOnly.dll" >"$logs/http-out.txt" 2>&1
    same_text "HttpOnly: HttpStatus in every locale, its UTF-8 members and TryParse, from StatusCodes.BuiltIns.HttpStatus" \
"404 Not Found | Not found | 未找到 | 找不到
服務無法使用
413 ContentTooLarge
StatusCodes.BuiltIns.HttpStatus" "$logs/http-out.txt"
    prebuilt="$work/packages/statuscodes.generators/$version/buildTransitive/prebuilt/net8.0"
    check "HttpOnly: the build log names StatusCodes.BuiltIns.HttpStatus" has "$logs/http-build.log" \
      "StatusCodes\.Generators: the sets come from the package's precompiled assembly 'StatusCodes\.BuiltIns\.HttpStatus'"
    check "HttpOnly: the compiler gets StatusCodes.BuiltIns.HttpStatus.dll from the package folder, and no definition file" bash -c \
      "grep -q '/reference:$prebuilt/StatusCodes\.BuiltIns\.HttpStatus\.dll' '$logs/http-build.log' && ! grep -q '/reference:[^ ]*StatusCodes\.BuiltIns\.dll' '$logs/http-build.log' && ! grep -q '/additionalfile:' '$logs/http-build.log'"
    same_text "HttpOnly: of the package, only StatusCodes.BuiltIns.HttpStatus.dll is copied to the output" \
"StatusCodes.BuiltIns.HttpStatus.dll" <(ls "$dir/bin/Release/net10.0" | grep -E '^(StatusCodes\.|YamlDotNet)')
    size=$(stat -c %s "$dir/bin/Release/net10.0/StatusCodes.BuiltIns.HttpStatus.dll")
    check "HttpOnly: StatusCodes.BuiltIns.HttpStatus.dll is at most 64 KB ($size bytes)" test "$size" -le 65536
    gen=$(generated_dir "$dir" net10.0)
    check "HttpOnly: no generator in the compiler, nothing generated, the targets' file imports StatusCodeSets" bash -c \
      "! grep -Eq '/analyzer:[^ ]*/(StatusCodes\.Generators|YamlDotNet)\.dll' '$logs/http-build.log' && [ ! -e '$gen' ] && grep -q 'StatusCodes\.BuiltIns\.HttpStatus' '$dir/obj/Release/net10.0/StatusCodes.ReferencedSets.g.cs'"
    awk '/<member name="F:StatusCodeSets.HttpStatus.NotFound">/,/<\/member>/' "$prebuilt/StatusCodes.BuiltIns.HttpStatus.xml" >"$logs/http-doc.txt" 2>/dev/null
    check "HttpOnly: the editor's XML doc of HttpStatus.NotFound beside it has the code and the title in every locale" bash -c \
      "grep -q '<c>404</c> Not found\. The server cannot find' '$logs/http-doc.txt' && grep -q '<para>zh-CN: 未找到' '$logs/http-doc.txt' && grep -q '<para>zh-TW: 找不到' '$logs/http-doc.txt'"
    check "HttpOnly: the precompiled HttpStatus holds no probe set" lacks "$prebuilt/StatusCodes.BuiltIns.HttpStatus.xml" 'PingProbeStatus|SiteMonitorCodes'

    rm -rf "$gen" "$dir/bin/Release/net10.0/StatusCodes.BuiltIns.HttpStatus.dll"
    if build "$logs/http-own.log" "$dir" -p:StatusCodesPrecompiledSets=false; then
      dotnet "$dir/bin/Release/net10.0/HttpOnly.dll" >"$logs/http-own-out.txt" 2>&1
      same_text "HttpOnly: its own copy (StatusCodesPrecompiledSets=false) prints the same, from the app's assembly" \
"$(sed '$d' "$logs/http-out.txt")
HttpOnly" "$logs/http-own-out.txt"
      same_files "HttpOnly: with its own copy HttpStatus alone is generated" "$gen" \
        "HttpOnly.HttpStatus.Interop.g.cs HttpOnly.HttpStatus.Json.g.cs HttpOnly.HttpStatus.References.g.cs HttpOnly.HttpStatus.Utf8.g.cs HttpOnly.HttpStatus.g.cs HttpOnly.StatusCodeTables.g.cs HttpOnly.StatusLocale.g.cs"
    else
      fail "HttpOnly: with StatusCodesPrecompiledSets=false it builds" "$logs/http-own.log"
    fi
  else
    fail "HttpOnly: builds warning-free with TreatWarningsAsErrors" "$logs/http-build.log"
  fi
fi

# --- 1c. An editor: hover over the precompiled sets in csharp-ls -------------------------------
section "1c. An editor: hover over the precompiled sets in csharp-ls"
tools="$work/tools"
if ! command -v python3 >/dev/null; then
  skip "csharp-ls hover (python3, which drives the language server, is not installed)"
elif ! (cd "$repo" && dotnet tool install csharp-ls --version 0.28.0 --tool-path "$tools" >"$logs/csharp-ls-install.log" 2>&1); then
  skip "csharp-ls hover (csharp-ls 0.28.0 could not be installed: $logs/csharp-ls-install.log)"
else
  for app in ConsoleApp HttpOnly; do
    line=$(grep -n 'HttpStatus\.NotFound;' "$work/$app/Program.cs" | head -1 | cut -d: -f1)
    column=$(grep -m1 'HttpStatus\.NotFound;' "$work/$app/Program.cs" | awk '{ print index($0, "NotFound") }')
    if [ -z "$line" ]; then
      fail "$app: csharp-ls hover over HttpStatus.NotFound" "no 'HttpStatus.NotFound;' in $work/$app/Program.cs"
      continue
    fi
    (cd "$work/$app" && timeout 300 python3 "$repo/tests/package/lsp_hover.py" "$tools/csharp-ls" "$work/$app" Program.cs $((line - 1)) $((column - 1))) >"$logs/hover-$app.json" 2>&1
    check "$app: csharp-ls shows on hover over the precompiled HttpStatus.NotFound its code and its title in en-US, zh-CN and zh-TW" bash -c \
      "grep -q '\`\`404\`\` Not found' '$logs/hover-$app.json' && grep -q 'zh-CN: 未找到' '$logs/hover-$app.json' && grep -q 'zh-TW: 找不到' '$logs/hover-$app.json'"
  done
fi

# --- 2. netstandard2.0 library (C# 8, public types) consumed by a net10.0 app that uses the package too
section "2. netstandard2.0 library (C# 8, public types) consumed by a net10.0 app that uses the package too"
if new_project classlib Contoso.Lib -f netstandard2.0 && new_project console Contoso.App; then
  lib="$work/Contoso.Lib" app="$work/Contoso.App"
  add_properties "$lib/Contoso.Lib.csproj" '    <LangVersion>8.0</LangVersion>
    <Nullable>enable</Nullable>
    <StatusCodesAccessibility>public</StatusCodesAccessibility>
    <StatusCodesDefaultLocale>zh-TW</StatusCodesDefaultLocale>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>'
  rm -f "$lib/Class1.cs"
  cat >"$lib/Describer.cs" <<'EOF'
namespace Contoso.Lib
{
    /// <summary>Describes HTTP status codes with the library's own generated types.</summary>
    public static class Describer
    {
        /// <summary>"404 NotFound: Not found", or "unknown".</summary>
        /// <param name="code">An HTTP status code.</param>
        /// <returns>The description.</returns>
        public static string Describe(int code)
            => HttpStatusExtensions.TryFromCode(code, out var status)
                ? code + " " + status.ToStringFast() + ": " + status.GetTitle(StatusLocale.EnUS)
                : "unknown";
    }
}
EOF
  (cd "$app" && dotnet add reference ../Contoso.Lib/Contoso.Lib.csproj >"$logs/add-reference.log" 2>&1)
  add_properties "$app/Contoso.App.csproj" '    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>'
  cat >"$app/Program.cs" <<'EOF'
using Contoso.App;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(Contoso.Lib.Describer.Describe(404));
Console.WriteLine(Contoso.Lib.HttpStatusExtensions.GetTitle(Contoso.Lib.HttpStatus.NotFound, Contoso.Lib.StatusLocale.ZhTW));
Console.WriteLine(Contoso.Lib.StatusLocales.GetName(Contoso.Lib.StatusLocales.Default) + " / " + StatusLocales.Default.GetName());
Console.WriteLine(HttpStatus.NotFound.GetTitle(StatusLocale.ZhCN));
Console.WriteLine(Both.Check());
EOF
  cat >"$app/Both.cs" <<'EOF'
namespace Contoso.App
{
    using Contoso.Lib;

    // Both namespaces imported: the project's own types win, the library's stay reachable.
    internal static class Both
    {
        public static bool Check() => (int)HttpStatus.NotFound == (int)Contoso.Lib.HttpStatus.NotFound
            && HttpStatus.NotFound.GetTitle(StatusLocale.EnUS) == Contoso.Lib.HttpStatus.NotFound.GetTitle(Contoso.Lib.StatusLocale.EnUS)
            && Describer.Describe(200).Length > 0;
    }
}
EOF
  if build "$logs/two-build.log" "$app"; then
    pass "Contoso.App + Contoso.Lib (netstandard2.0, C# 8): both use the package, build without type conflicts"
    dotnet "$app/bin/Release/net10.0/Contoso.App.dll" >"$logs/two-out.txt" 2>&1
    same_text "Contoso.App: public types of the library and the app's own internal types at run time" \
"404 NotFound: Not found
找不到
zh-TW / en-US
未找到
True" "$logs/two-out.txt"
    awk '/<member name="F:Contoso.Lib.HttpStatus.NotFound">/,/<\/member>/' "$lib/bin/Release/netstandard2.0/Contoso.Lib.xml" >"$logs/lib-doc.txt" 2>/dev/null
    check "Contoso.Lib: XML docs in the default locale (zh-TW) with en-US and zh-CN listed" bash -c "grep -q '<c>404</c> 找不到' '$logs/lib-doc.txt' && grep -q '<para>en-US: Not found' '$logs/lib-doc.txt' && grep -q '<para>zh-CN: 未找到' '$logs/lib-doc.txt'"
    if dotnet pack "$lib" -c Release -o "$work/lib-feed" -nologo -nr:false >"$logs/lib-pack.log" 2>&1; then
      zip_cat "$work/lib-feed/Contoso.Lib.1.0.0.nupkg" Contoso.Lib.nuspec >"$logs/lib-nuspec.xml" 2>/dev/null
      check "Contoso.Lib: its own package does not depend on StatusCodes.Generators (PrivateAssets=all)" bash -c "test -s '$logs/lib-nuspec.xml' && ! grep -q 'StatusCodes.Generators' '$logs/lib-nuspec.xml'"
    else
      fail "Contoso.Lib: dotnet pack" "$logs/lib-pack.log"
    fi
  else
    fail "Contoso.App + Contoso.Lib (netstandard2.0, C# 8): both use the package, build without type conflicts" "$logs/two-build.log"
  fi
fi

# --- 2b. Many projects, one copy: a shared library with public sets, a library and an app using them
section "2b. Many projects, one copy: a shared library with public sets, a library and an app using them"
if new_project classlib Contoso.StatusCodes && new_project classlib Contoso.Orders && new_project console Contoso.Web; then
  shared="$work/Contoso.StatusCodes" orders="$work/Contoso.Orders" web="$work/Contoso.Web"
  add_properties "$shared/Contoso.StatusCodes.csproj" '    <StatusCodesAccessibility>public</StatusCodesAccessibility>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>'
  for dir in "$orders" "$web"; do
    add_properties "$dir/$(basename "$dir").csproj" '    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <ErrorLog>$(MSBuildProjectDirectory)/obj/findings.sarif,version=2.1</ErrorLog>'
  done
  rm -f "$shared/Class1.cs" "$orders/Class1.cs"
  (cd "$orders" && dotnet add reference ../Contoso.StatusCodes/Contoso.StatusCodes.csproj >"$logs/orders-reference.log" 2>&1)
  (cd "$web" && dotnet add reference ../Contoso.Orders/Contoso.Orders.csproj >"$logs/web-reference.log" 2>&1)
  # Written as for each project's own copy: a using of the project's namespace, none of the shared one.
  cat >"$orders/OrderErrors.cs" <<'EOF'
namespace Contoso.Orders;

public static class OrderErrors
{
    public static string Describe(int code)
        => HttpStatusExtensions.TryFromCode(code, out var status) ? status.GetTitle(StatusLocale.ZhTW) : "?";
}
EOF
  cat >"$web/Program.cs" <<'EOF'
using Contoso.Web;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(HttpStatus.NotFound.GetTitle(StatusLocale.ZhCN) + " | " + Contoso.Orders.OrderErrors.Describe(503));
Console.WriteLine(typeof(HttpStatus).Assembly.GetName().Name + " " + typeof(StatusLocale).FullName);
EOF
  if build "$logs/many-build.log" "$web" -v:d; then
    pass "Contoso.Web -> Contoso.Orders -> Contoso.StatusCodes (public sets): builds warning-free"
    dotnet "$web/bin/Release/net10.0/Contoso.Web.dll" >"$logs/many-out.txt" 2>&1
    same_text "Contoso.Web: the shared library's sets at run time, code written for an own copy unchanged" \
"未找到 | 服務無法使用
Contoso.StatusCodes Contoso.StatusCodes.StatusLocale" "$logs/many-out.txt"
    # Same selection, locales and default locale, no definition file on either side: the one
    # project reference with public sets vouches for them, from the same package, compiled for
    # .NET 8 or later with C# 11 or later (every member an own copy would have), in a namespace the
    # targets can spell. The targets then do what the generator would: the compiler gets the
    # analyzers alone, and the targets' file imports the shared namespace.
    check "Contoso.Orders, Contoso.Web: the targets name Contoso.StatusCodes as vouching for their sets" bash -c \
      "grep -qx 'build_property._StatusCodesVouchedProviders = Contoso.StatusCodes' '$orders/obj/Release/net10.0/Contoso.Orders.GeneratedMSBuildEditorConfig.editorconfig' && grep -qx 'build_property._StatusCodesVouchedProviders = Contoso.StatusCodes' '$web/obj/Release/net10.0/Contoso.Web.GeneratedMSBuildEditorConfig.editorconfig'"
    # Each project's compiler command line (one line with its /out:) in the detailed log.
    grep -E '/out:obj/Release/net10\.0/Contoso\.StatusCodes\.dll' "$logs/many-build.log" >"$logs/many-csc-shared.txt"
    grep -E '/out:obj/Release/net10\.0/Contoso\.(Orders|Web)\.dll' "$logs/many-build.log" >"$logs/many-csc-consumers.txt"
    check "Contoso.StatusCodes: its compiler has the generator" has "$logs/many-csc-shared.txt" '/analyzer:[^ ]*/StatusCodes\.Generators\.dll'
    check "Contoso.Orders, Contoso.Web: their compilers have the analyzers, not the generator or YamlDotNet; nothing generated" bash -c \
      "[ \$(grep -c '/analyzer:[^ ]*/StatusCodes\.Analyzers\.dll' '$logs/many-csc-consumers.txt') = 2 ] && ! grep -Eq '/analyzer:[^ ]*/(StatusCodes\.Generators|YamlDotNet)\.dll' '$logs/many-csc-consumers.txt' && [ ! -e '$(generated_dir "$orders" net10.0)' ] && [ ! -e '$(generated_dir "$web" net10.0)' ]"
    for dir in "$orders" "$web"; do
      name=$(basename "$dir")
      same_text "$name: the targets' file imports Contoso.StatusCodes and keeps the namespace $name declared" \
"// <auto-generated/>
// Written by the StatusCodes.Generators package's targets. Do not edit.
#nullable enable

// This project uses the status-code sets of the referenced assembly 'Contoso.StatusCodes' instead of generating its own copy.
// Set StatusCodesOwnCopy to true in the project file to generate its own.
global using global::@Contoso.@StatusCodes;

namespace @Contoso.@${name#Contoso.}
{
}" "$dir/obj/Release/net10.0/StatusCodes.ReferencedSets.g.cs"
    done
    check "Contoso.Web: the build log says which assembly provides the sets" has "$logs/many-build.log" \
      "StatusCodes\.Generators: the sets come from the referenced assembly 'Contoso\.StatusCodes' \(namespace Contoso\.StatusCodes\), imported by a global using"
    for dir in "$orders" "$web"; do
      check "$(basename "$dir"): info SCG0306 (from the analyzers, in the error log) names Contoso.StatusCodes, at the project file" bash -c \
        "grep -q '\"ruleId\": \"SCG0306\"' '$dir/obj/findings.sarif' && grep -Eq 'The sets HttpStatus, .* come from the referenced assembly .Contoso\.StatusCodes. \(namespace Contoso\.StatusCodes\); this project generates no copy of them; a generated global using imports Contoso\.StatusCodes\.' '$dir/obj/findings.sarif' && grep -q '$(basename "$dir")/$(basename "$dir")\.csproj' '$dir/obj/findings.sarif'"
    done
    check "Contoso.Web: no type defined twice (no CS0436)" lacks "$logs/many-build.log" 'CS0436'
    # The app is an Exe with the defaults, but a project it references (through Contoso.Orders) says
    # it has public sets, which Contoso.Orders' API speaks in: no precompiled sets for this app.
    check "Contoso.Web: a referenced project with public sets keeps the precompiled sets out" bash -c \
      "[ ! -e '$web/bin/Release/net10.0/StatusCodes.BuiltIns.dll' ] && ! grep -q '/reference:[^ ]*StatusCodes\.BuiltIns\.dll' '$logs/many-build.log'"
    echo "INFO  sizes: Contoso.StatusCodes.dll $(stat -c %s "$shared/bin/Release/net10.0/Contoso.StatusCodes.dll") bytes, Contoso.Orders.dll $(stat -c %s "$orders/bin/Release/net10.0/Contoso.Orders.dll") bytes, Contoso.Web.dll $(stat -c %s "$web/bin/Release/net10.0/Contoso.Web.dll") bytes"
  else
    fail "Contoso.Web -> Contoso.Orders -> Contoso.StatusCodes (public sets): builds warning-free" "$logs/many-build.log"
  fi
  printf 'var status = (HttpStatus)799;\nConsole.WriteLine(status);\n' >"$web/Program.cs"
  if build "$logs/many-unknown-build.log" "$web"; then
    fail "Contoso.Web: (HttpStatus)799 against the shared library's set fails with SCG0401" "$logs/many-unknown-build.log"
  elif analyzers_present; then
    check "Contoso.Web: the analyzers check codes against the shared library's set (SCG0401 at Program.cs(1,14))" has "$logs/many-unknown-build.log" 'Program\.cs\(1,14\): error SCG0401: 799 is not a HttpStatus code'
  fi
  printf 'using Contoso.Web;\n\nConsole.WriteLine(typeof(HttpStatus).Assembly.GetName().Name);\n' >"$web/Program.cs"
  add_properties "$web/Contoso.Web.csproj" '    <StatusCodesOwnCopy>true</StatusCodesOwnCopy>'
  if build "$logs/many-own-build.log" "$web"; then
    dotnet "$web/bin/Release/net10.0/Contoso.Web.dll" >"$logs/many-own-out.txt" 2>&1
    same_text "Contoso.Web: StatusCodesOwnCopy=true generates its own copy" "Contoso.Web" "$logs/many-own-out.txt"
  else
    fail "Contoso.Web: StatusCodesOwnCopy=true builds warning-free" "$logs/many-own-build.log"
  fi
fi

# --- 3. ASP.NET Core: Microsoft.AspNetCore.Http.StatusCodes and HttpStatus together -----------
section "3. ASP.NET Core: Microsoft.AspNetCore.Http.StatusCodes and HttpStatus together"
if new_project web WebApp; then
  dir="$work/WebApp"
  add_properties "$dir/WebApp.csproj" '    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>'
  cat >"$dir/Program.cs" <<'EOF'
using WebApp;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var app = builder.Build();
app.MapGet("/status/{code:int}", (int code) => HttpStatusExtensions.TryFromCode(code, out var status) && code >= StatusCodes.Status400BadRequest
    ? Results.Text(status.GetTitle(StatusLocale.ZhTW), statusCode: code)
    : Results.BadRequest());

await app.StartAsync();
using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) })
{
    var response = await client.GetAsync(app.Urls.First() + "/status/404");
    Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}

Console.WriteLine(StatusCodes.Status404NotFound == (int)HttpStatus.NotFound);
Console.WriteLine(typeof(StatusCodes).FullName);
await app.StopAsync();
EOF
  if build "$logs/web-build.log" "$dir"; then
    pass "WebApp: Microsoft.NET.Sdk.Web with implicit usings builds warning-free with the package"
    timeout 60 dotnet "$dir/bin/Release/net10.0/WebApp.dll" >"$logs/web-out.txt" 2>&1
    same_text "WebApp: StatusCodes.Status404NotFound and HttpStatus side by side, served over loopback" \
"404 找不到
True
Microsoft.AspNetCore.Http.StatusCodes" "$logs/web-out.txt"
  else
    fail "WebApp: Microsoft.NET.Sdk.Web with implicit usings builds warning-free with the package" "$logs/web-build.log"
  fi
fi

# --- 3b. ASP.NET Core: localized problem details from the one line ---------------------------
section "3b. ASP.NET Core: localized problem details from the one line"
if ! command -v curl >/dev/null; then
  skip "WebProblems: localized problem details over HTTP (curl is not installed)"
elif new_project web WebProblems; then
  dir="$work/WebProblems"
  add_properties "$dir/WebProblems.csproj" '    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <AnalysisLevel>latest-all</AnalysisLevel>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>'
  # The template's Program.cs, plus the one line, the usual error middleware and the namespace of the generated types.
  awk '
    NR == 1 { print "using WebProblems;"; print "" }
    { print }
    /^var builder = / { print "builder.Services.AddLocalizedProblemDetails();" }
    /^var app = / { print "app.UseExceptionHandler();"; print "app.UseStatusCodePages();" }
  ' "$dir/Program.cs" >"$dir/Program.cs.tmp" && mv "$dir/Program.cs.tmp" "$dir/Program.cs"
  cp "$dir/Program.cs" "$logs/web-problems-Program.cs"
  if build "$logs/web-problems-build.log" "$dir"; then
    pass "WebProblems: dotnet new web plus AddLocalizedProblemDetails builds warning-free (TreatWarningsAsErrors, AnalysisLevel latest-all)"
    check "WebProblems: LocalizedProblemDetails.g.cs is generated" test -f "$(generated_dir "$dir" net10.0)/WebProblems.LocalizedProblemDetails.g.cs"
    # A web app with the defaults uses the precompiled sets; its registrations are generated over them
    # from the definitions, which the compiler still gets in an ASP.NET Core project.
    same_files "WebProblems: the precompiled sets, and the registrations written over them" "$(generated_dir "$dir" net10.0)" "StatusCodes.ReferencedSets.g.cs WebProblems.LocalizedProblemDetails.g.cs"
    check "WebProblems: StatusCodes.BuiltIns.dll is in the output" test -f "$dir/bin/Release/net10.0/StatusCodes.BuiltIns.dll"
    dotnet "$dir/bin/Release/net10.0/WebProblems.dll" --urls http://127.0.0.1:0 >"$logs/web-problems-out.txt" 2>&1 &
    server=$!
    url=""
    for _ in $(seq 1 100); do
      url=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$logs/web-problems-out.txt" | head -n 1 | sed 's/Now listening on: //')
      [ -n "$url" ] && break
      sleep 0.2
    done
    if [ -n "$url" ]; then
      curl -s -D "$logs/wp-404.headers" -o "$logs/wp-404.json" -H 'Accept-Language: zh-CN' "$url/no/such/route"
      check "WebProblems: unknown route is a 404" has "$logs/wp-404.headers" '^HTTP/1\.1 404'
      check "WebProblems: 404 is application/problem+json" has "$logs/wp-404.headers" '^Content-Type: application/problem\+json'
      check "WebProblems: 404 has Content-Language: zh-CN" has "$logs/wp-404.headers" '^Content-Language: zh-CN'
      check "WebProblems: 404 has Vary: Accept-Language" has "$logs/wp-404.headers" '^Vary: Accept-Language'
      check "WebProblems: 404 body has the zh-CN title and detail" grep -Fq '"title":"未找到","status":404,"detail":"服务器找不到所请求的资源，或不愿透露该资源是否存在。"' "$logs/wp-404.json"
      check "WebProblems: 404 body has the code's RFC 9110 link as type" grep -Fq '"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"' "$logs/wp-404.json"
      curl -s -D "$logs/wp-405.headers" -o "$logs/wp-405.json" -X POST -H 'Accept-Language: fr;q=0.9, zh-HK;q=0.8' "$url/"
      check "WebProblems: wrong method with fr;q=0.9, zh-HK;q=0.8 is a 405 in zh-TW" bash -c "grep -q '^HTTP/1.1 405' '$logs/wp-405.headers' && grep -q '^Content-Language: zh-TW' '$logs/wp-405.headers'"
      curl -s -D "$logs/wp-bad.headers" -o "$logs/wp-bad.json" -H 'Accept-Language: !!, ;q=x, zh-CN;q=abc' "$url/no/such/route"
      check "WebProblems: a malformed Accept-Language gives the default locale" bash -c "grep -q '^HTTP/1.1 404' '$logs/wp-bad.headers' && grep -q '^Content-Language: en-US' '$logs/wp-bad.headers' && grep -Fq '\"title\":\"Not found\"' '$logs/wp-bad.json'"
      curl -s -o "$logs/wp-root.txt" "$url/"
      check "WebProblems: the template's own endpoint still answers" has "$logs/wp-root.txt" '^Hello World!$'
    else
      fail "WebProblems: the app starts and logs its address" "$logs/web-problems-out.txt"
    fi
    kill "$server" 2>/dev/null; wait "$server" 2>/dev/null
  else
    fail "WebProblems: dotnet new web plus AddLocalizedProblemDetails builds warning-free (TreatWarningsAsErrors, AnalysisLevel latest-all)" "$logs/web-problems-build.log"
  fi
fi

# --- 4. The project's own definitions (auto-included), one of them replacing a built-in set ----
section "4. The project's own definitions (auto-included), one of them replacing a built-in set"
if new_project console OwnDefs; then
  dir="$work/OwnDefs"
  mkdir -p "$dir/Definitions/Http"
  cat >"$dir/Definitions/orders.codes.yaml" <<'EOF'
locales: [en-US, zh-TW]
sets:
  - name: OrderStatus
    codes:
      - code: 1
        name: Placed
        title: { en-US: Placed, zh-TW: 已下單 }
      - code: 2
        name: Shipped
        title: { en-US: Shipped, zh-TW: 已出貨 }
EOF
  cat >"$dir/Definitions/Http/http.codes.yml" <<'EOF'
locales: [en-US]
sets:
  - name: HttpStatus
    codes:
      - { code: 200, name: Fine, title: All fine }
      - { code: 503, name: Busy, title: Too busy }
EOF
  cat >"$dir/Program.cs" <<'EOF'
using OwnDefs;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(OrderStatus.Shipped.GetTitle(StatusLocale.ZhTW));
Console.WriteLine(HttpStatus.Busy.GetTitle(StatusLocale.EnUS) + " " + HttpStatusExtensions.IsDefined(404));
Console.WriteLine(SiteMonitorCodes.TryGetTitle("HTTP", 503, StatusLocale.EnUS, out var title) ? title : "none");
EOF
  if build "$logs/own-build.log" "$dir" -v:d; then
    pass "OwnDefs: a project with its own *.codes.yaml and *.codes.yml builds"
    dotnet "$dir/bin/Release/net10.0/OwnDefs.dll" >"$logs/own-out.txt" 2>&1
    same_text "OwnDefs: the project's files are picked up, its HttpStatus replaces the built-in one" \
"已出貨
Too busy False
Too busy" "$logs/own-out.txt"
    check "OwnDefs: an app with definition files of its own compiles its own copy, without the precompiled sets" bash -c \
      "[ ! -e '$dir/bin/Release/net10.0/StatusCodes.BuiltIns.dll' ] && ! grep -q 'SCG0306' '$logs/own-build.log'"
    check "OwnDefs: SCG0304 info at the replacing set's name" has "$logs/own-build.log" 'Definitions/Http/http\.codes\.yml\(3,11\): info SCG0304: Set .HttpStatus. replaces the built-in set'
  else
    fail "OwnDefs: a project with its own *.codes.yaml and *.codes.yml builds" "$logs/own-build.log"
  fi
fi

# --- 5. StatusCodesBuiltInSets: none, then a list with an unknown name -----------------------
section "5. StatusCodesBuiltInSets: none, then a list with an unknown name"
if new_project console NoBuiltIns; then
  dir="$work/NoBuiltIns"
  add_properties "$dir/NoBuiltIns.csproj" '    <StatusCodesBuiltInSets>none</StatusCodesBuiltInSets>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>'
  cp "$work/OwnDefs/Definitions/orders.codes.yaml" "$dir/orders.codes.yaml" 2>/dev/null || printf 'locales: [en-US, zh-TW]\nsets:\n  - name: OrderStatus\n    codes:\n      - { code: 2, name: Shipped, title: { en-US: Shipped, zh-TW: 已出貨 } }\n' >"$dir/orders.codes.yaml"
  cat >"$dir/Program.cs" <<'EOF'
using NoBuiltIns;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(OrderStatus.Shipped.GetTitle(StatusLocale.ZhTW) + " " + string.Join(",", Enum.GetNames<StatusLocale>()));
EOF
  gen=$(generated_dir "$dir" net10.0)
  if build "$logs/none-build.log" "$dir" -v:n; then
    dotnet "$dir/bin/Release/net10.0/NoBuiltIns.dll" >"$logs/none-out.txt" 2>&1
    same_text "NoBuiltIns: StatusCodesBuiltInSets=none keeps only the project's sets and locales" "已出貨 EnUS,ZhTW" "$logs/none-out.txt"
    same_files "NoBuiltIns: only OrderStatus (with its UTF-8 members and JSON converter), the shared StatusCodeTables and StatusLocale are generated" "$gen" \
      "NoBuiltIns.OrderStatus.Json.g.cs NoBuiltIns.OrderStatus.Utf8.g.cs NoBuiltIns.OrderStatus.g.cs NoBuiltIns.StatusCodeTables.g.cs NoBuiltIns.StatusLocale.g.cs"
  else
    fail "NoBuiltIns: StatusCodesBuiltInSets=none builds" "$logs/none-build.log"
  fi
  sed -i 's#<StatusCodesBuiltInSets>none</StatusCodesBuiltInSets>#<StatusCodesBuiltInSets>PingProbeStatus;Bogus</StatusCodesBuiltInSets>#' "$dir/NoBuiltIns.csproj"
  if build "$logs/list-build.log" "$dir"; then
    check "NoBuiltIns: an unknown name in StatusCodesBuiltInSets is warning SCG0305" has "$logs/list-build.log" 'warning SCG0305: StatusCodesBuiltInSets names .Bogus.'
    same_files "NoBuiltIns: the listed set is generated, the others are not" "$gen" \
      "NoBuiltIns.OrderStatus.Json.g.cs NoBuiltIns.OrderStatus.Utf8.g.cs NoBuiltIns.OrderStatus.g.cs NoBuiltIns.PingProbeStatus.Json.g.cs NoBuiltIns.PingProbeStatus.Utf8.g.cs NoBuiltIns.PingProbeStatus.g.cs NoBuiltIns.SiteMonitorCodes.g.cs NoBuiltIns.StatusCodeTables.g.cs NoBuiltIns.StatusLocale.g.cs"
  else
    fail "NoBuiltIns: StatusCodesBuiltInSets=PingProbeStatus;Bogus builds" "$logs/list-build.log"
  fi
  # With none and no definition file the package has nothing to do: the compiler loads none of it.
  check "NoBuiltIns: with a definition file and none, the compiler loads the generator" has "$logs/none-build.log" '/analyzer:[^ ]*statuscodes\.generators[^ ]*StatusCodes\.Generators\.dll'
  sed -i 's#<StatusCodesBuiltInSets>PingProbeStatus;Bogus</StatusCodesBuiltInSets>#<StatusCodesBuiltInSets>none</StatusCodesBuiltInSets>#' "$dir/NoBuiltIns.csproj"
  rm -f "$dir/orders.codes.yaml"
  echo 'Console.WriteLine("idle");' >"$dir/Program.cs"
  if build "$logs/idle-build.log" "$dir" -v:n; then
    dotnet "$dir/bin/Release/net10.0/NoBuiltIns.dll" >"$logs/idle-out.txt" 2>&1
    same_text "NoBuiltIns: none and no definition file builds and runs" "idle" "$logs/idle-out.txt"
    check "NoBuiltIns: none and no definition file: the compiler gets none of the package's assemblies" lacks "$logs/idle-build.log" '/analyzer:[^ ]*statuscodes\.generators'
    check "NoBuiltIns: the compiler still gets the SDK's analyzers" has "$logs/idle-build.log" '/analyzer:[^ ]*Microsoft\.CodeAnalysis\.NetAnalyzers\.dll'
  else
    fail "NoBuiltIns: none and no definition file builds" "$logs/idle-build.log"
  fi
fi

# --- 5b. Opt-in built-ins: vendor packs and GrpcStatus, with Grpc.Core.Api --------------------
section "5b. Opt-in built-ins: vendor packs and GrpcStatus, with Grpc.Core.Api"
if new_project console Packs; then
  dir="$work/Packs"
  add_properties "$dir/Packs.csproj" '    <StatusCodesBuiltInSets>all;HttpStatus.Nginx;HttpStatus.AwsElb;GrpcStatus</StatusCodesBuiltInSets>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>'
  cat >"$dir/Program.cs" <<'EOF'
using Packs;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(((HttpStatus)444).ToStringFast() + " " + ((HttpStatus)444).GetTitle(StatusLocale.ZhTW));
Console.WriteLine(HttpStatus.ClientClosedConnection.GetTitle(StatusLocale.ZhCN) + " " + HttpStatusExtensions.IsDefined(444) + " " + HttpStatusExtensions.IsDefined(int.Parse("520", System.Globalization.CultureInfo.InvariantCulture)));
Console.WriteLine(GrpcStatus.NotFound.GetReasonPhrase() + " " + HttpStatus.ServiceUnavailable.ToGrpcStatus() + " " + HttpStatus.OK.ToGrpcStatus());
Console.WriteLine(GrpcStatus.DeadlineExceeded.ToStatusCode() + " " + Grpc.Core.StatusCode.Cancelled.GetTitle(StatusLocale.ZhTW));
EOF
  gen=$(generated_dir "$dir" net10.0)
  if ! (cd "$dir" && dotnet add package Grpc.Core.Api --version 2.85.0 >"$logs/add-grpc.log" 2>&1); then
    fail "Packs: dotnet add package Grpc.Core.Api" "$logs/add-grpc.log"
  elif build "$logs/packs-build.log" "$dir"; then
    dotnet "$dir/bin/Release/net10.0/Packs.dll" >"$logs/packs-out.txt" 2>&1
    same_text "Packs: the chosen packs' codes are in HttpStatus, GrpcStatus converts to Grpc.Core.StatusCode, ToGrpcStatus maps" \
"ConnectionClosedWithoutResponse 連線已關閉且無回應
客户端在空闲超时前关闭连接 True False
NOT_FOUND Unavailable Unknown
DeadlineExceeded 已取消" "$logs/packs-out.txt"
    check "Packs: the build is warning-free" lacks "$logs/packs-build.log" ': warning '
    check "Packs: the mapping is a file of its own" test -f "$gen/Packs.HttpStatus.Grpc.g.cs"
    # The analyzers know the chosen packs only: a constant 520 (Cloudflare, not chosen) is never defined.
    sed -i 's#int.Parse("520", System.Globalization.CultureInfo.InvariantCulture)#520#' "$dir/Program.cs"
    build "$logs/packs-520-build.log" "$dir"
    check "Packs: IsDefined(520) without the Cloudflare pack is error SCG0403 at Program.cs(5,164)" has "$logs/packs-520-build.log" 'Program\.cs\(5,164\): error SCG0403: IsDefined\(520\) is always false'
    sed -i 's#IsDefined(520)#IsDefined(int.Parse("520", System.Globalization.CultureInfo.InvariantCulture))#' "$dir/Program.cs"
  else
    fail "Packs: all;HttpStatus.Nginx;HttpStatus.AwsElb;GrpcStatus builds warning-free" "$logs/packs-build.log"
  fi
  sed -i 's#;GrpcStatus</StatusCodesBuiltInSets>#;GrpcStatus;HttpStatus.Akamai</StatusCodesBuiltInSets>#; s#<TreatWarningsAsErrors>true</TreatWarningsAsErrors>#<TreatWarningsAsErrors>false</TreatWarningsAsErrors>#' "$dir/Packs.csproj"
  if build "$logs/packs-unknown-build.log" "$dir"; then
    check "Packs: an unknown pack name is warning SCG0305, which lists the packs" has "$logs/packs-unknown-build.log" 'warning SCG0305: StatusCodesBuiltInSets names .HttpStatus\.Akamai.*HttpStatus\.AwsElb, HttpStatus\.Cloudflare, HttpStatus\.Iis, HttpStatus\.Nginx'
  else
    fail "Packs: an unknown pack name only warns" "$logs/packs-unknown-build.log"
  fi
fi

# --- 5c. StatusCodesLocales: one locale, then a list with an unknown name ----------------------
section "5c. StatusCodesLocales: one locale, then a list with an unknown name"
if new_project console OneLocale; then
  dir="$work/OneLocale"
  add_properties "$dir/OneLocale.csproj" '    <StatusCodesLocales>en-US</StatusCodesLocales>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>'
  cat >"$dir/Program.cs" <<'EOF'
using OneLocale;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine(string.Join(",", Enum.GetNames<StatusLocale>()) + " " + HttpStatus.NotFound.GetTitle(StatusLocale.EnUS) + " | " + HttpStatus.NotFound.GetTitle(System.Globalization.CultureInfo.GetCultureInfo("zh-TW")));
Console.WriteLine(SiteMonitorCodes.TryGetTitle("PING", 610, StatusLocales.Default, out var title) ? title : "none");
EOF
  if build "$logs/one-locale-build.log" "$dir"; then
    dotnet "$dir/bin/Release/net10.0/OneLocale.dll" >"$logs/one-locale-out.txt" 2>&1
    same_text "OneLocale: StatusCodesLocales=en-US leaves StatusLocale with EnUS alone, built-in sets included" \
"EnUS Not found | Not found
No response" "$logs/one-locale-out.txt"
    awk '/<member name="F:OneLocale.HttpStatus.NotFound">/,/<\/member>/' "$dir/bin/Release/net10.0/OneLocale.xml" >"$logs/one-locale-doc.txt" 2>/dev/null
    check "OneLocale: XML doc of HttpStatus.NotFound has the en-US text and no other locale" bash -c "grep -q '<c>404</c> Not found' '$logs/one-locale-doc.txt' && ! grep -q 'zh-' '$logs/one-locale-doc.txt'"
    one=$(stat -c %s "$dir/bin/Release/net10.0/OneLocale.dll")
    all=$(stat -c %s "$work/ConsoleApp/bin/Release/net10.0/ConsoleApp.dll" 2>/dev/null || echo "?")
    echo "INFO  sizes (all built-in sets): one locale (en-US) $one bytes; all three locales (ConsoleApp above, its own copy) $all bytes"
  else
    fail "OneLocale: StatusCodesLocales=en-US builds warning-free" "$logs/one-locale-build.log"
  fi
  sed -i 's#<StatusCodesLocales>en-US</StatusCodesLocales>#<StatusCodesLocales>zh-tw;de-DE</StatusCodesLocales>#; s#<TreatWarningsAsErrors>true</TreatWarningsAsErrors>##' "$dir/OneLocale.csproj"
  sed -i 's#StatusLocale.EnUS#StatusLocale.ZhTW#' "$dir/Program.cs"
  if build "$logs/locales-list-build.log" "$dir"; then
    check "OneLocale: an unknown name in StatusCodesLocales is warning SCG0140 at the project file" has "$logs/locales-list-build.log" \
      'OneLocale\.csproj\(1,1\): warning SCG0140: StatusCodesLocales names .de-DE., which no definition file of this project provides; it is ignored\. Use names from: en-US, zh-CN, zh-TW\.'
    dotnet "$dir/bin/Release/net10.0/OneLocale.dll" >"$logs/locales-list-out.txt" 2>&1
    same_text "OneLocale: the ';'-separated list keeps its known name (zh-tw, matched ignoring case)" \
"ZhTW 找不到 | 找不到
無回應" "$logs/locales-list-out.txt"
  else
    fail "OneLocale: StatusCodesLocales=zh-tw;de-DE builds" "$logs/locales-list-build.log"
  fi
fi

# --- 6. Malformed YAML: the build fails with the located diagnostic, not a crash ---------------
section "6. Malformed YAML: the build fails with the located diagnostic, not a crash"
if new_project console BadYaml; then
  dir="$work/BadYaml"
  printf 'locales: [en-US]\nsets:\n  - name: Broken\n     codes: []\n' >"$dir/broken.codes.yaml"
  if build "$logs/bad-build.log" "$dir"; then
    fail "BadYaml: the build fails" "$logs/bad-build.log"
  else
    check "BadYaml: error SCG0001 at broken.codes.yaml(4,11)" has "$logs/bad-build.log" 'broken\.codes\.yaml\(4,11\): error SCG0001: The definition file is not valid YAML'
    check "BadYaml: no generator crash (CS8785/AD0001) and no other error" bash -c "! grep -Eq 'CS8785|AD0001|Unhandled exception' '$logs/bad-build.log' && ! grep -E ': error ' '$logs/bad-build.log' | grep -vq 'SCG0001'"
  fi
fi

# --- 7. An unknown code constant: the analyzer fails the build ---------------------------------
section "7. An unknown code constant: the analyzer fails the build"
if analyzers_present; then
  if new_project console UnknownCode; then
    dir="$work/UnknownCode"
    printf 'using UnknownCode;\n\nvar status = (HttpStatus)799;\nConsole.WriteLine(status);\n' >"$dir/Program.cs"
    if build "$logs/unknown-build.log" "$dir"; then
      fail "UnknownCode: the build fails" "$logs/unknown-build.log"
    else
      check "UnknownCode: error SCG0401 at Program.cs(3,14)" has "$logs/unknown-build.log" 'Program\.cs\(3,14\): error SCG0401: 799 is not a HttpStatus code'
    fi
  fi
else
  skip "UnknownCode: (HttpStatus)799 fails with SCG0401 (the usage analyzers are not merged into src/StatusCodes.Generators yet)"
fi

# --- 8. Trimming: the console sample, self-contained linux-x64, no trim/AOT warning ------------
section "8. Trimming: the console sample, self-contained linux-x64, no trim/AOT warning"
if [ -n "$had_nuget_packages" ]; then export NUGET_PACKAGES="$machine_packages"; else unset NUGET_PACKAGES; fi
sample="$repo/samples/StatusCodes.Sample"
if build "$logs/sample-build.log" "$sample"; then
  if dotnet publish "$sample" -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -p:IsAotCompatible=true \
    -o "$work/trimmed" -nologo -nr:false >"$logs/trim.log" 2>&1; then
    pass "Sample: publishes trimmed, self-contained linux-x64 with IsAotCompatible"
    check "Sample: no IL2xxx/IL3xxx trim or AOT warning" lacks "$logs/trim.log" '(warning|error) IL[23][0-9]{3}'
    same=1
    for args in "" "404 zh-TW" "PING 610 zh-CN" "zh-TW" "json"; do
      # shellcheck disable=SC2086
      dotnet "$sample/bin/Release/net10.0/StatusCodes.Sample.dll" $args >"$logs/untrimmed.txt" 2>&1
      # shellcheck disable=SC2086
      "$work/trimmed/StatusCodes.Sample" $args >"$logs/trimmed.txt" 2>&1
      if ! cmp -s "$logs/untrimmed.txt" "$logs/trimmed.txt" || [ ! -s "$logs/trimmed.txt" ]; then
        same=0; diff "$logs/untrimmed.txt" "$logs/trimmed.txt" | head -n 20 >"$logs/trim-diff.txt"
      fi
    done
    if [ $same -eq 1 ]; then
      pass "Sample: trimmed output equals untrimmed output (full table, 404 zh-TW, PING 610 zh-CN, zh-TW, json)"
    else
      fail "Sample: trimmed output equals untrimmed output" "$logs/trim-diff.txt"
    fi
  else
    if grep -Eq 'NU1101|NU1102|Unable to find package' "$logs/trim.log"; then
      fail "Sample: publish trimmed (a package is missing from the feed)" "$(grep -E 'NU110[12]|Unable to find package' "$logs/trim.log" | sort -u)"
    else
      fail "Sample: publishes trimmed, self-contained linux-x64 with IsAotCompatible" "$logs/trim.log"
    fi
  fi
else
  fail "Sample: builds" "$logs/sample-build.log"
fi

# --- 9. Native AOT: a consumer published with PublishAot prints what its JIT build prints -------
section "9. Native AOT: a consumer published with PublishAot=true, linux-x64"
if ! command -v clang >/dev/null 2>&1; then
  skip "AotApp: Native AOT needs clang and zlib1g-dev (.ci/run installs them)"
elif new_project console AotApp && dotnet new console -o "$work/AotBase" -n AotBase >"$logs/new-AotBase.log" 2>&1; then
  dir="$work/AotApp"
  add_properties "$dir/AotApp.csproj" '    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>'
  cat >"$dir/Program.cs" <<'CS'
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AotApp;

// Every lookup family, enum names through System.Enum, and JsonSerializer without reflection.
foreach (var status in HttpStatusExtensions.GetValues())
{
    Console.WriteLine($"{(int)status} {status} {Enum.GetName(status)} {status.ToStringFast()} {status.GetCategory()} | {status.GetTitle(StatusLocale.EnUS)} | {status.GetTitle(StatusLocale.ZhCN)} | {status.GetTitle(StatusLocale.ZhTW)} | {status.GetReasonPhrase()}");
}

Console.WriteLine(HttpStatusExtensions.TryParse("unprocessableentity", out var parsed) ? parsed.ToString() : "none");
Console.WriteLine(HttpStatusExtensions.IsDefined(int.Parse(args.Length > 0 ? args[0] : "799", System.Globalization.CultureInfo.InvariantCulture)));
Console.WriteLine(SiteMonitorCodes.TryGetTitle("PING", 610, StatusLocale.ZhCN, out var title) ? title : "none");
var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() };
var info = JsonMetadataServices.CreateValueInfo<HttpStatus>(options, new HttpStatusJsonConverter(writeNames: true));
var json = JsonSerializer.Serialize(HttpStatus.Found, info);
Console.WriteLine(json + " " + JsonSerializer.Deserialize("\"Redirect\"", info));
CS
  if build "$logs/aot-jit-build.log" "$dir" && build "$logs/aot-base-build.log" "$work/AotBase"; then
    dotnet "$dir/bin/Release/net10.0/AotApp.dll" >"$logs/aot-jit.txt" 2>&1
    if dotnet publish "$dir" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo -nr:false >"$logs/aot-publish.log" 2>&1 \
      && dotnet publish "$work/AotBase" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot-base" -nologo -nr:false >"$logs/aot-base-publish.log" 2>&1; then
      pass "AotApp: publishes with PublishAot=true"
      check "AotApp: no IL2xxx/IL3xxx trim or AOT warning" lacks "$logs/aot-publish.log" '(warning|error) IL[23][0-9]{3}'
      "$work/aot/AotApp" >"$logs/aot-native.txt" 2>&1
      check "AotApp: the native binary prints exactly what the JIT build prints" cmp -s "$logs/aot-jit.txt" "$logs/aot-native.txt"
      check "AotApp: the output holds canonical names, every locale and the JSON round trip" bash -c \
        "grep -Fq '404 NotFound NotFound NotFound ClientError | Not found | 未找到 | 找不到 | Not Found' '$logs/aot-native.txt' && grep -Fxq '\"Found\" Found' '$logs/aot-native.txt'"
      native=$(stat -c %s "$work/aot/AotApp"); native_base=$(stat -c %s "$work/aot-base/AotBase")
      # The app's assembly, and the precompiled sets the package's targets copied beside it.
      managed=$(cat "$dir/bin/Release/net10.0/AotApp.dll" "$dir/bin/Release/net10.0/StatusCodes.BuiltIns.dll" 2>/dev/null | wc -c); managed_base=$(stat -c %s "$work/AotBase/bin/Release/net10.0/AotBase.dll")
      echo "INFO  sizes (all built-in sets, precompiled, and System.Text.Json in the app; the baseline is dotnet new console): native $native bytes vs $native_base without the package (+$((native - native_base))); managed $managed vs $managed_base (+$((managed - managed_base)))"
    else
      fail "AotApp: publishes with PublishAot=true" "$logs/aot-publish.log"
    fi
  else
    fail "AotApp: builds warning-free" "$logs/aot-jit-build.log"
  fi
fi

echo "== done in ${SECONDS}s"
echo "package: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Schema;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Inputs built to exhaust time or memory. Each finishes and gets one exact, located diagnostic;
/// where a limit stops it, raising the limit's MSBuild property lets a sound input through. The
/// timeouts only guard against a hang; no test measures time.
/// </summary>
public sealed class HostileInputTests
{
    private const string Path = "/p/hostile.codes.yaml";
    private const int HangGuard = 300_000;
    private const string Header = "locales: [en-US]\nsets:\n";

    [Fact(Timeout = HangGuard)]
    public async Task Alias_expansion_bomb_is_rejected_at_its_first_anchor()
    {
        // "Billion laughs": ten levels of nine aliases would expand to 9^10 strings.
        var yaml = new StringBuilder("locales: [en-US]\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 10; level++)
        {
            var previous = "*l" + (level - 1).ToString(CultureInfo.InvariantCulture);
            yaml.Append('l').Append(level).Append(": &l").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat(previous, 9))).Append("]\n");
        }

        yaml.Append("sets: *l10\n");
        var run = await Task.Run(() => Run(yaml.ToString()));

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0005", Path, 2, 5);
        Assert.Equal("Anchors and aliases are not supported in definition files: write the value out where it is needed.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
    }

    [Theory(Timeout = HangGuard)]
    [InlineData("*undefined", 3, 5)]
    [InlineData("{ <<: *base, name: A }", 3, 11)]
    public async Task A_lone_alias_or_merge_key_is_rejected_where_it_stands(string set, int line, int column)
    {
        var run = await Task.Run(() => Run(Header + "  - " + set + "\n"));

        LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0005", Path, line, column);
    }

    [Theory(Timeout = HangGuard)]
    [InlineData("[", "]", 38)]
    [InlineData("{a: ", "}", 131)]
    public async Task Ten_thousand_levels_of_flow_nesting_stop_at_the_depth_limit(string open, string close, int column)
    {
        // The root mapping is the first level, so the 32nd opening bracket is the one too deep.
        var yaml = "locales: [en-US]\nsets: " + Repeat(open, 10_000) + Repeat(close, 10_000) + "\n";
        var run = await Task.Run(() => Run(yaml));

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0007", Path, 2, column);
        Assert.Equal("The nesting depth exceeds the limit of 32 levels. Split the definitions, or raise the limit with the MSBuild property StatusCodesMaxDepth.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Ten_thousand_levels_of_block_nesting_stop_at_the_depth_limit()
    {
        var sequences = "locales: [en-US]\nsets:\n" + Repeat("- ", 10_000) + "x\n";
        var mappings = new StringBuilder("locales: [en-US]\nsets:\n");
        for (var level = 0; level < 2_000; level++)
        {
            mappings.Append(' ', level + 1).Append("k:\n");
        }

        var runs = await Task.Run(() => (Run(sequences), Run(mappings.ToString())));

        // The 32nd level: the 32nd "- " of line 3, and the mapping opened by line 34.
        LocatedDiagnostics.SingleAt(runs.Item1.Diagnostics, "SCG0007", Path, 3, 63);
        LocatedDiagnostics.SingleAt(runs.Item2.Diagnostics, "SCG0007", Path, 34, 33);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Deep_nesting_within_a_raised_depth_limit_is_read_without_overflowing_the_stack()
    {
        var yaml = "locales: [en-US]\nsets: [" + Repeat("[", 10_000) + Repeat("]", 10_000) + "]\n";
        var run = await Task.Run(() => Run(yaml, new Dictionary<string, string> { [DefinitionLimits.PropertyNames.MaxDepth] = "20000" }));

        // Past the depth check, the schema reader says what is wrong with the outermost list item.
        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0004", Path, 2, 8);
        Assert.Equal("The value of 'a set' must be a mapping, but it is a list.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_50_MB_file_is_refused_before_it_is_parsed()
    {
        var yaml = Header + new string('#', 50 * 1024 * 1024) + "\n";
        var run = await Task.Run(() => Run(yaml));

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0007", Path, 1, 1);
        Assert.Equal(
            "The file's length (52,428,824 characters) exceeds the limit of 4,194,304 characters. Split the definitions, or raise the limit with the MSBuild property StatusCodesMaxFileLength.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Raising_the_file_length_limit_lets_a_long_file_through()
    {
        var yaml = Header + "  - { name: Long, codes: [ { code: 1, name: One, title: One } ] }\n" + string.Concat(Enumerable.Repeat("# padding" + new string('.', 90) + "\n", 50_000));
        Assert.True(yaml.Length > DefinitionLimits.Default.MaxFileLength);

        var runs = await Task.Run(() => (Run(yaml), Run(yaml, new Dictionary<string, string> { [DefinitionLimits.PropertyNames.MaxFileLength] = "8000000" })));

        LocatedDiagnostics.SingleAt(runs.Item1.Diagnostics, "SCG0007", Path, 1, 1);
        Assert.Empty(runs.Item2.Diagnostics);
        Assert.Contains("TestProject.Long.g.cs", runs.Item2.HintNames);
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_set_of_100000_codes_is_refused_at_its_codes_key_unless_the_limit_is_raised()
    {
        var codes = string.Join(", ", Enumerable.Range(1, 100_000).Select(i => "{code: " + i.ToString(CultureInfo.InvariantCulture) + ", name: C" + i.ToString(CultureInfo.InvariantCulture) + ", title: t}"));
        var yaml = Header + "  - {name: Huge, codes: [" + codes + "]}\n";
        Assert.True(yaml.Length < DefinitionLimits.Default.MaxFileLength, "Only the codes limit is under test.");

        var refused = await Task.Run(() => Run(yaml));
        var diagnostic = LocatedDiagnostics.SingleAt(refused.Diagnostics, "SCG0007", Path, 3, 18);
        Assert.Equal("Set 'Huge' with 100,000 codes exceeds the limit of 50,000 codes per set. Split the definitions, or raise the limit with the MSBuild property StatusCodesMaxCodesPerSet.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(refused.Sources);

        // Raised, the same 100,000 codes parse and emit (directly: walking 100,000 codes through the
        // incremental-cache checks of a full generator run would dominate the test time).
        var raised = await Task.Run(() => DefinitionParser.Parse(Path, yaml, DefinitionLimits.Default with { MaxCodesPerSet = 100_000 }));
        Assert.Empty(raised.Diagnostics);
        var set = CatalogBuilder.Build(new[] { raised.Spec! }, new CatalogOptions(GeneratorRunner.DefaultNamespace, false, null)).Catalog.Sets.Single();
        var source = SetEmitter.Emit(set, new EmitFeatures(HasSpan: true, HasUtf8Literals: true));
        Assert.Contains("        C100000 = 100000,\n", source, System.StringComparison.Ordinal);
        Assert.Contains("private const int Count = 100000;", source, System.StringComparison.Ordinal);

        // The texts are the lines of one raw UTF-8 literal.
        Assert.Contains("private static global::System.ReadOnlySpan<byte> Texts => \"\"\"\n", source, System.StringComparison.Ordinal);
    }

    [Theory(Timeout = HangGuard)]
    [InlineData("2", "SCG0007")]
    [InlineData("3", null)]
    public async Task StatusCodesMaxCodesPerSet_reaches_the_parser(string limit, string? expected)
    {
        var yaml = Header + "  - {name: Three, codes: [{code: 1, name: A, title: a}, {code: 2, name: B, title: b}, {code: 3, name: C, title: c}]}\n";
        var run = await Task.Run(() => Run(yaml, new Dictionary<string, string> { [DefinitionLimits.PropertyNames.MaxCodesPerSet] = limit }));

        Assert.Equal(expected, run.Diagnostics.SingleOrDefault()?.Id);
        Assert.Equal(expected is null, run.HintNames.Contains("TestProject.Three.g.cs"));
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_one_megabyte_text_is_refused_at_the_text_unless_the_limit_is_raised()
    {
        var text = string.Concat(Enumerable.Repeat("0123456789abcdef", 65_536));
        var yaml = Header + "  - name: Big\n    codes:\n      - code: 1\n        name: One\n        title: " + text + "\n";

        var refused = await Task.Run(() => Run(yaml));
        var diagnostic = LocatedDiagnostics.SingleAt(refused.Diagnostics, "SCG0007", Path, 7, 16);
        Assert.Equal("The title of code 1 'One' text (1,048,576 characters) exceeds the limit of 16,384 characters. Split the definitions, or raise the limit with the MSBuild property StatusCodesMaxTextLength.", diagnostic.GetMessage(CultureInfo.InvariantCulture));

        var raised = await Task.Run(() => Run(yaml, new Dictionary<string, string> { [DefinitionLimits.PropertyNames.MaxTextLength] = "2000000" }));
        Assert.Empty(raised.Diagnostics);
        Assert.Contains("\n            " + text + "\n", raised.Source("TestProject.Big.g.cs"), System.StringComparison.Ordinal);
    }

    [Theory(Timeout = HangGuard)]
    [InlineData("!!python/object:os.system [echo pwned]", 3, 5)]
    [InlineData("!!python/object/apply:os.system [\"echo pwned\"]", 3, 5)]
    [InlineData("!!python/name:os.system", 3, 5)]
    [InlineData("!<tag:yaml.org,2002:python/object:subprocess.Popen> { args: [sh] }", 3, 5)]
    [InlineData("!<tag:example.com,2024:set> { name: A }", 3, 5)]
    [InlineData("!System.Diagnostics.Process { StartInfo: { FileName: sh } }", 3, 5)]
    [InlineData("!!binary aGVsbG8=", 3, 5)]
    [InlineData("{ name: !!timestamp 2001-12-14, codes: [] }", 3, 13)]
    public async Task Custom_tags_are_rejected_never_instantiated(string set, int line, int column)
    {
        var run = await Task.Run(() => Run(Header + "  - " + set + "\n"));

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0005", Path, line, column);
        Assert.StartsWith("Custom tags are not supported in definition files: the tag '", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_tag_directive_cannot_smuggle_a_custom_tag_in()
    {
        var run = await Task.Run(() => Run("%TAG !py! tag:yaml.org,2002:python/object:\n---\nlocales: [en-US]\nsets: !py!os.system [ls]\n"));

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0005", Path, 4, 7);
        Assert.Contains("tag:yaml.org,2002:python/object:os.system", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private static GeneratorRun Run(string yaml, IReadOnlyDictionary<string, string>? limits = null)
    {
        var properties = new Dictionary<string, string>(GeneratorRunner.DefaultProperties);
        foreach (var (key, value) in limits ?? new Dictionary<string, string>())
        {
            properties[key] = value;
        }

        var run = GeneratorRunner.Run(new[] { (Path, yaml) }, properties: properties);
        foreach (var diagnostic in LocatedDiagnostics.Ours(run.Diagnostics))
        {
            LocatedDiagnostics.AssertLocated(diagnostic, Path, yaml);
        }

        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("SCG", System.StringComparison.Ordinal)));
        return run;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}

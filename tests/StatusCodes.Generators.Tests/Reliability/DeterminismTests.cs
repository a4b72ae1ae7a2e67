using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using StatusCodes.Definitions.Schema;
using StatusCodes.Generators.Tests.Generator;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.Generators.Tests.Parsing;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// The same definitions give byte-identical files under the same hint names whatever the order of
/// the AdditionalFiles, the line endings, a byte order mark, or the culture of the machine.
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>Negative codes, numbers past a thousand, and names and texts with I and i, which cultures print and case differently.</summary>
    private const string CultureSensitive = """
        locales: [en-US, tr-TR]
        sets:
          - name: Istanbul
            categories: [ { name: Invalid, from: -2000000, to: -1, title: { en-US: Invalid ID, tr-TR: Geçersiz kimlik } } ]
            codes:
              - { code: -1500000, name: InvalidId, title: { en-US: Invalid ID, tr-TR: Geçersiz kimlik İ ı }, reason: Invalid ID }
              - { code: 1234567, name: IIi, title: { en-US: "Title: 1,234.5", tr-TR: "Başlık 1.234,5" } }
              - { code: 0, name: iota, title: iota, aliases: [INDEX, Index2] }
        """;

    /// <summary>A text longer than the limit the test sets: the finding's message formats 1,500 and 1,000.</summary>
    private static readonly string TooLong = "locales: [en-US]\nsets:\n  - name: Long\n    codes:\n      - { code: 1, name: One, title: " + new string('x', 1500) + " }\n";

    private static readonly (string Path, string Text)[] Files = TestDefinitions.BuiltIn
        .Append((TestDefinitions.PaymentsPath, TestDefinitions.Payments))
        .Append(("/project/istanbul.codes.yaml", CultureSensitive))
        .Append(("/project/long.codes.yaml", TooLong))
        .ToArray();

    private static readonly Dictionary<string, string> Properties = new(GeneratorRunner.DefaultProperties) { [DefinitionLimits.PropertyNames.MaxTextLength] = "1000" };

    public static TheoryData<int> Orders() => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Any_file_order_line_ending_and_byte_order_mark_gives_identical_output(int variant)
    {
        var random = new Random(variant);
        var endings = new[] { "\n", "\r\n", "\r" };
        var files = Files
            .OrderBy(_ => random.Next())
            .Select(f => (f.Path, Text: (random.Next(2) == 0 ? "\uFEFF" : string.Empty) + WithLineEndings(f.Text, endings[random.Next(endings.Length)])))
            .ToList();

        AssertSameOutput(Generate(Files), Generate(files), "variant " + variant.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Mixed_line_endings_within_one_file_give_identical_output()
    {
        var endings = new[] { "\n", "\r\n", "\r" };
        var mixed = Files.Select(f => (f.Path, string.Concat(f.Text.Split('\n').Select((line, i) => line + endings[i % 3])))).ToList();

        AssertSameOutput(Generate(Files.Select(f => (f.Path, f.Text + "\n"))), Generate(mixed), "mixed line endings");
    }

    [Fact]
    public void A_byte_order_mark_left_in_the_text_is_skipped_and_positions_still_count_it()
    {
        // Found by the variants above: YamlDotNet read a leading U+FEFF as part of the first key
        // (SCG0002 for '\uFEFFlocales', or SCG0001 before a comment), dropping the whole file.
        var clean = ParserAssert.Parse("\uFEFF# comment\nlocales: [en-US]\nsets:\n  - { name: A, codes: [ { code: 1, name: One, title: One } ] }\n");
        ParserAssert.Clean(clean);
        Assert.Equal("A", clean.Spec!.Sets.Single().Name);

        ParserAssert.Single(ParserAssert.Parse("\uFEFFlocalez: [en-US]\nsets: []\n"), "SCG0002", 1, 2);
        ParserAssert.Single(ParserAssert.Parse("\uFEFFlocales: [en-US]\nsets: [ 5 ]\n"), "SCG0004", 2, 9);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("zh-TW")]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void The_machine_culture_changes_nothing(string culture)
    {
        var invariant = InCulture(CultureInfo.InvariantCulture, () => Generate(Files));
        var other = InCulture(CultureInfo.GetCultureInfo(culture), () => Generate(Files));

        AssertSameOutput(invariant, other, culture);
        Assert.Contains("(global::TestProject.Istanbul)(-1500000)", invariant.Sources["TestProject.Istanbul.g.cs"], StringComparison.Ordinal);
        Assert.Contains(invariant.Findings, f => f.Contains("(1,500 characters) exceeds the limit of 1,000 characters", StringComparison.Ordinal));
    }

    private static Output Generate(IEnumerable<(string Path, string Text)> files)
    {
        var run = GeneratorRunner.Run(files, properties: Properties);
        return new Output(
            run.Sources.Select(s => s.HintName).ToList(),
            run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal),
            run.Sources.ToDictionary(s => s.HintName, s => Convert.ToHexString(s.SourceText.GetChecksum().ToArray()), StringComparer.Ordinal),
            run.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToList());
    }

    private static void AssertSameOutput(Output expected, Output actual, string what)
    {
        Assert.True(expected.HintNames.SequenceEqual(actual.HintNames), what + ": the hint names or their order differ");
        foreach (var hint in expected.HintNames)
        {
            Assert.True(expected.Checksums[hint] == actual.Checksums[hint], $"{what}: {hint} differs:\n{Snapshot.Diff(expected.Sources[hint], actual.Sources[hint])}");
        }

        Assert.Equal(expected.Findings, actual.Findings);
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="culture"/> as the current culture and UI culture of this thread.</summary>
    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            Assert.Same(culture, Thread.CurrentThread.CurrentCulture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }

    private static string WithLineEndings(string text, string ending) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", ending, StringComparison.Ordinal);

    private sealed record Output(List<string> HintNames, Dictionary<string, string> Sources, Dictionary<string, string> Checksums, List<string> Findings);
}

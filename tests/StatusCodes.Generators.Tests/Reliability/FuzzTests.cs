using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.Generators.Tests.Parsing;
using Xunit;
using Xunit.Sdk;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Seeded fuzzing of mutated definition files and random text. A failure names its seeds; add them
/// to <c>FuzzRegressions.txt</c> (and fix the cause) so they run on every build from then on.
/// </summary>
public sealed class FuzzTests
{
    private const int MaxReported = 5;

    /// <summary>Seeds of the compiled cases start here, apart from the parser's; pairs of files further on.</summary>
    private const int CompiledSeedOffset = 50_000_000;
    private const int PairSeedOffset = 80_000_000;

    public static TheoryData<string, int> Regressions()
    {
        var data = new TheoryData<string, int>();
        foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.ProjectDirectory, "Reliability", "FuzzRegressions.txt")))
        {
            var content = line.Split('#')[0].Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var parts = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            data.Add(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void Mutated_and_random_definitions_never_crash_the_parser_catalog_or_emitters()
    {
        Fuzz(FuzzCases.ParserCases, FuzzCases.BaseSeed, "parser", seed => FuzzOracle.CheckDefinitions(FuzzCases.Path, FuzzCases.Input(seed, forCompilation: false)), seed => Show(FuzzCases.Input(seed, forCompilation: false)));
    }

    [Fact]
    public void Mutated_definitions_either_compile_or_get_a_located_error()
    {
        Fuzz(FuzzCases.CompiledCases * 3 / 4, FuzzCases.BaseSeed + CompiledSeedOffset, "generator", seed => FuzzOracle.CheckGenerator(FuzzCases.Path, FuzzCases.Input(seed, forCompilation: true)), seed => Show(FuzzCases.Input(seed, forCompilation: true)));
    }

    [Fact]
    public void Pairs_of_mutated_files_either_compile_or_get_a_located_error()
    {
        Fuzz(FuzzCases.CompiledCases / 4, FuzzCases.BaseSeed + PairSeedOffset, "pair", seed => FuzzOracle.CheckGenerator(FuzzCases.Pair(seed)), seed => Show(FuzzCases.Pair(seed)[0].Text) + " and " + Show(FuzzCases.Pair(seed)[1].Text));
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Seeds_that_once_failed_stay_fixed(string kind, int seed)
    {
        switch (kind)
        {
            case "parser":
                FuzzOracle.CheckDefinitions(FuzzCases.Path, FuzzCases.Input(seed, forCompilation: false));
                break;
            case "generator":
                FuzzOracle.CheckGenerator(FuzzCases.Path, FuzzCases.Input(seed, forCompilation: true));
                break;
            case "pair":
                FuzzOracle.CheckGenerator(FuzzCases.Pair(seed));
                break;
            default:
                Assert.Fail("Unknown kind in FuzzRegressions.txt: " + kind);
                break;
        }
    }

    [Theory]
    [InlineData("namespace: Fuzz\nlocales: [en-US,", 2, 17)]
    [InlineData("locales: [en-US]\nsets:\n  - { name: A", 3, 14)]
    [InlineData("locales: [en-US]\nsets:\n  - { name: A\n", 4, 1)]
    public void A_file_cut_off_mid_flow_is_reported_where_it_ends_not_past_it(string yaml, int line, int column)
    {
        // Found by the fuzzer (seeds 7000072, 7000085): YamlDotNet puts the end of a file without a
        // final line break on a line after the last one, which no editor can show.
        ParserAssert.Single(ParserAssert.Parse(yaml), "SCG0001", line, column);
    }

    [Fact]
    public void The_same_seed_gives_the_same_input()
    {
        // Regression seeds mean something only while this holds.
        Assert.Equal(FuzzCases.Input(FuzzCases.BaseSeed + 17, false), FuzzCases.Input(FuzzCases.BaseSeed + 17, false));
        Assert.NotEqual(FuzzCases.Input(FuzzCases.BaseSeed + 17, false), FuzzCases.Input(FuzzCases.BaseSeed + 18, false));
    }

    private static void Fuzz(int cases, int firstSeed, string kind, Action<int> check, Func<int, string> input)
    {
        var failures = new List<string>();
        for (var i = 0; i < cases && failures.Count < MaxReported; i++)
        {
            var seed = firstSeed + i;
            try
            {
                check(seed);
            }
            catch (Exception ex)
            {
                failures.Add($"{kind} {seed}: {ex.GetType().Name}: {ex.Message}\n  input: {input(seed)}");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException($"{failures.Count} failing case(s); add each '{kind} <seed>' to Reliability/FuzzRegressions.txt once fixed:\n" + string.Join("\n", failures));
        }
    }

    private static string Show(string text) => Shorten(SymbolDisplay.FormatLiteral(text, quote: true));

    private static string Shorten(string text) => text.Length <= 2000 ? text : text.Substring(0, 2000) + "...";
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using StatusCodes.Generators.Tests.Generator;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Valid definition files with the characters of real editors and input methods inserted at random
/// places: full-width punctuation and digits, odd spaces, tabs, invisible characters, bidirectional
/// controls and look-alike letters. Each case either gets located findings, or reads as the
/// original did: the same sets, codes, names and keys, and texts that differ only by the inserted
/// characters. The generator never throws on any of them.
/// </summary>
public sealed class CharacterFuzzTests
{
    private const int ParserCases = 3000;
    private const int CompiledCases = 100;
    private const int BaseSeed = 16_000_000;
    private const int MaxReported = 5;

    private static readonly char[] Injected =
    {
        '\uFF1A', '\uFF0C', '\u3001', '\uFF3B', '\uFF3D', '\uFF5B', '\uFF5D', '\uFF0D', '\u2014', '\u3000', '\u00A0', '\t',
        '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069', '\uFF11', '\uFF10', '\u0410', '\u043E', '\u0435',
    };

    private static readonly string[] Bases = { TestDefinitions.Payments, TestDefinitions.SiteMonitor, TestDefinitions.Http };

    private readonly ITestOutputHelper _output;

    public CharacterFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Injected_characters_give_located_findings_or_the_same_definitions()
    {
        var originals = Bases.Select(b => DefinitionParser.Parse(FuzzCases.Path, b)).ToArray();
        Assert.All(originals, o => Assert.DoesNotContain(o.Diagnostics, d => d.Severity == DefinitionSeverity.Error));

        int errors = 0, warningsOnly = 0, unchanged = 0;
        var failures = new List<string>();
        for (var i = 0; i < ParserCases && failures.Count < MaxReported; i++)
        {
            var seed = BaseSeed + i;
            var (baseIndex, text, inserted) = Case(seed);
            try
            {
                var result = DefinitionParser.Parse(FuzzCases.Path, text);
                foreach (var diagnostic in result.Diagnostics)
                {
                    LocatedDiagnostics.AssertLocated(diagnostic, FuzzCases.Path, text);
                }

                if (result.Diagnostics.Any(d => d.Severity == DefinitionSeverity.Error))
                {
                    errors++;
                    continue;
                }

                Assert.NotNull(result.Spec);
                Assert.Equal(Shape(originals[baseIndex].Spec!, inserted), Shape(result.Spec!, inserted));
                if (result.Diagnostics.IsEmpty)
                {
                    unchanged++;
                }
                else
                {
                    warningsOnly++;
                }
            }
            catch (Exception ex)
            {
                failures.Add($"seed {seed}: {ex.GetType().Name}: {ex.Message}\n  input: {SymbolDisplay.FormatLiteral(text, quote: true)}");
            }
        }

        _output.WriteLine($"{ParserCases} cases: {errors} with a located error, {warningsOnly} with located warnings only and the same definitions, {unchanged} unchanged.");
        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n", failures));
        }

        // The generator of cases must reach all three outcomes, or it tests less than it claims.
        Assert.True(errors > 0 && unchanged > 0 && warningsOnly > 0, $"errors {errors}, warnings only {warningsOnly}, unchanged {unchanged}");
    }

    [Fact]
    public void Injected_characters_never_crash_the_generator()
    {
        var failures = new List<string>();
        for (var i = 0; i < CompiledCases && failures.Count < MaxReported; i++)
        {
            var seed = BaseSeed + ParserCases + i;
            var (_, text, _) = Case(seed, compiledOnly: true);
            try
            {
                FuzzOracle.CheckGenerator(FuzzCases.Path, text);
            }
            catch (Exception ex)
            {
                failures.Add($"seed {seed}: {ex.GetType().Name}: {ex.Message}\n  input: {SymbolDisplay.FormatLiteral(text, quote: true)}");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n", failures));
        }
    }

    /// <summary>One to three of <see cref="Injected"/> inserted at random places of a base file.</summary>
    private static (int BaseIndex, string Text, HashSet<char> Inserted) Case(int seed, bool compiledOnly = false)
    {
        var random = new Random(seed);
        var baseIndex = compiledOnly ? 0 : random.Next(Bases.Length);
        var builder = new StringBuilder(Bases[baseIndex]);
        var inserted = new HashSet<char>();
        var count = 1 + random.Next(3);
        for (var n = 0; n < count; n++)
        {
            var c = Injected[random.Next(Injected.Length)];
            inserted.Add(c);
            var at = random.Next(builder.Length + 1);

            // A tab elsewhere is ordinary YAML white space (before a '#' it starts a comment, as a space
            // would); the issue is tabs in indentation, so tabs go to the start of a line.
            while (c == '\t' && at > 0 && builder[at - 1] != '\n')
            {
                at--;
            }

            builder.Insert(at, c);
        }

        return (baseIndex, builder.ToString(), inserted);
    }

    /// <summary>
    /// What a file defines, with the inserted characters taken out of its texts: those are content.
    /// Reason phrases are left out: one made from an English title changes when the title gets a
    /// character outside ASCII, by design.
    /// </summary>
    private static string Shape(DefinitionFileSpec spec, HashSet<char> inserted)
    {
        string Text(LocalizedText text) => string.Join("|", text.Entries.Select(e => e.Locale + "=" + Strip(e.Text)));
        // Quotes too: a visible character typed before a quoted text makes YAML read the quotes as text, as shown.
        string Strip(string? text) => new string((text ?? string.Empty).Where(c => !inserted.Contains(c) && !char.IsWhiteSpace(c) && c is not ('"' or '\'')).ToArray());

        var builder = new StringBuilder();
        builder.Append(spec.Namespace).Append(';').Append(string.Join(",", spec.Locales)).Append(';').Append(spec.Group).AppendLine();
        foreach (var set in spec.Sets)
        {
            builder.Append(set.Name).Append(' ').Append(set.Key).Append(' ').Append(set.Fallback).Append(' ').Append(string.Join(",", set.ConvertibleTo)).Append(' ').AppendLine(Text(set.Summary));
            foreach (var category in set.Categories)
            {
                builder.Append("  ").Append(category.Name).Append(' ').Append(category.From).Append('-').Append(category.To).Append(' ').Append(Text(category.Title)).Append(' ').AppendLine(Text(category.Description));
            }

            foreach (var code in set.Codes)
            {
                builder.Append("  ").Append(code.Code).Append(' ').Append(code.Name).Append(' ').Append(string.Join(",", code.Aliases)).Append(' ')
                    .Append(Text(code.Title)).Append(' ').Append(Text(code.Description)).Append(' ').Append(Strip(code.Deprecated)).Append(' ').AppendLine(Strip(code.Reference));
            }
        }

        return builder.ToString();
    }
}

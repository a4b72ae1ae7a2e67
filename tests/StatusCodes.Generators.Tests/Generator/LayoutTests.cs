using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// The three lookup shapes (direct per-code tables, the dense slot map, the sparse hash table)
/// answer alike: every member that finds a code agrees, at run time, with the cached value and
/// name lists and with the UTF-8 members, which are switches and share no lookup code with them.
/// </summary>
public sealed class LayoutTests
{
    private const string Use = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using TestProject;

        public static class Use
        {
            public static string Run()
            {
                var failures = new List<string>();
                Check("Near", NearExtensions.GetValues().Select(v => (int)v).ToList(), NearExtensions.GetNames(), c => NearExtensions.IsDefined(c),
                    c => ((Near)c).ToStringFast(), (c, l) => ((Near)c).GetTitle(l), (c, l) => ((Near)c).GetTitleUtf8(l).ToArray(),
                    (c, l) => ((Near)c).GetDescription(l), (c, l) => ((Near)c).GetDescriptionUtf8(l).ToArray(),
                    c => ((Near)c).GetReasonPhrase(), c => ((Near)c).GetReasonPhraseUtf8().ToArray(),
                    c => NearExtensions.TryFromCode(c, out _), s => NearExtensions.TryParse(s, out var v) ? (int)v : -1, failures);
                Check("Spread", SpreadExtensions.GetValues().Select(v => (int)v).ToList(), SpreadExtensions.GetNames(), c => SpreadExtensions.IsDefined(c),
                    c => ((Spread)c).ToStringFast(), (c, l) => ((Spread)c).GetTitle(l), (c, l) => ((Spread)c).GetTitleUtf8(l).ToArray(),
                    (c, l) => ((Spread)c).GetDescription(l), (c, l) => ((Spread)c).GetDescriptionUtf8(l).ToArray(),
                    c => ((Spread)c).GetReasonPhrase(), c => ((Spread)c).GetReasonPhraseUtf8().ToArray(),
                    c => SpreadExtensions.TryFromCode(c, out _), s => SpreadExtensions.TryParse(s, out var v) ? (int)v : -1, failures);
                Check("Sparse", SparseExtensions.GetValues().Select(v => (int)v).ToList(), SparseExtensions.GetNames(), c => SparseExtensions.IsDefined(c),
                    c => ((Sparse)c).ToStringFast(), (c, l) => ((Sparse)c).GetTitle(l), (c, l) => ((Sparse)c).GetTitleUtf8(l).ToArray(),
                    (c, l) => ((Sparse)c).GetDescription(l), (c, l) => ((Sparse)c).GetDescriptionUtf8(l).ToArray(),
                    c => ((Sparse)c).GetReasonPhrase(), c => ((Sparse)c).GetReasonPhraseUtf8().ToArray(),
                    c => SparseExtensions.TryFromCode(c, out _), s => SparseExtensions.TryParse(s, out var v) ? (int)v : -1, failures);
                return failures.Count + (failures.Count == 0 ? string.Empty : ": " + string.Join("; ", failures.Take(5)))
                    + "|" + ((Near)3).GetTitle(StatusLocale.FrFR) + "|" + ((Near)7).GetTitle(StatusLocale.FrFR)
                    + "|" + ((Sparse)150).GetTitle(StatusLocale.EnUS) + "|" + ((Sparse)(-7)).ToStringFast() + "|" + ((Sparse)(-8)).ToStringFast()
                    + "|" + ((Near)1).GetDescription(StatusLocale.EnUS) + "|" + Encoding.UTF8.GetString(((Sparse)int.MaxValue).GetTitleUtf8(StatusLocale.EnUS));
            }

            private static void Check(
                string set, List<int> values, IReadOnlyList<string> names, Func<int, bool> isDefined, Func<int, string> name,
                Func<int, StatusLocale, string> title, Func<int, StatusLocale, byte[]> titleUtf8,
                Func<int, StatusLocale, string> description, Func<int, StatusLocale, byte[]> descriptionUtf8,
                Func<int, string> reason, Func<int, byte[]> reasonUtf8, Func<int, bool> tryFromCode, Func<string, int> parse, List<string> failures)
            {
                var probes = values.SelectMany(c => new[] { c, unchecked(c - 1), unchecked(c + 1) })
                    .Concat(new[] { int.MinValue, int.MaxValue, 0, -1, 1, 150, 1500 })
                    .Distinct();
                foreach (var code in probes)
                {
                    var index = values.IndexOf(code);
                    void Expect(bool ok, string what)
                    {
                        if (!ok)
                        {
                            failures.Add(set + " " + code.ToString(CultureInfo.InvariantCulture) + ": " + what);
                        }
                    }

                    Expect(isDefined(code) == (index >= 0), "IsDefined");
                    Expect(tryFromCode(code) == (index >= 0), "TryFromCode");
                    Expect(name(code) == (index >= 0 ? names[index] : code.ToString(CultureInfo.InvariantCulture)), "ToStringFast");
                    Expect(parse(code.ToString(CultureInfo.InvariantCulture)) == (index >= 0 ? code : -1), "TryParse");
                    Expect(Encoding.UTF8.GetBytes(reason(code)).SequenceEqual(reasonUtf8(code)), "GetReasonPhrase");
                    for (var locale = -1; locale <= 2; locale++)
                    {
                        var l = (StatusLocale)locale;
                        Expect(Encoding.UTF8.GetBytes(title(code, l)).SequenceEqual(titleUtf8(code, l)), "GetTitle " + locale.ToString(CultureInfo.InvariantCulture));
                        Expect(Encoding.UTF8.GetBytes(description(code, l)).SequenceEqual(descriptionUtf8(code, l)), "GetDescription " + locale.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
        }
        """;

    [Fact]
    public void Direct_dense_and_sparse_sets_answer_alike_at_run_time()
    {
        var run = GeneratorRunner.Run(new[] { ("/p/layouts.codes.yaml", Definitions()) }, Use);

        Assert.Empty(run.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        Assert.Contains("s_titlesByCode", run.Source("TestProject.Near.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("s_slots", run.Source("TestProject.Spread.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("s_titlesByCode", run.Source("TestProject.Spread.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("s_hashCodes", run.Source("TestProject.Sparse.g.cs"), System.StringComparison.Ordinal);
        Assert.Equal("0|Trois|Bas|Hundreds|MinusSeven|-8|Line one.\nLine \"two\" \\ end.|Max \"\"\"quoted\"\"\"", GeneratedAssembly.RunUse(run.Output));

        // Texts are the lines of one raw UTF-8 literal, with a delimiter longer than any run of quotes
        // in them; a text with a line break makes the set fall back to a literal per text.
        Assert.Contains("Texts => \"\"\"\"\n", run.Source("TestProject.Sparse.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("Texts => \"\"\"\n", run.Source("TestProject.Spread.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("\"Line one.\\nLine \\\"two\\\" \\\\ end.\\n\"u8", run.Source("TestProject.Near.g.cs"), System.StringComparison.Ordinal);
    }

    /// <summary>
    /// Near: codes 1 to 5 in a category 1 to 9 (direct), one description with a line break, quotes
    /// and a backslash. Spread: every third code from 0 to 3,000
    /// (dense, but too wide for per-code tables in two locales). Sparse: the extremes of int, and
    /// multiples of a large prime, many sharing a first hash entry; one title with runs of three quotes.
    /// </summary>
    private static string Definitions()
    {
        static string F(int value) => value.ToString(CultureInfo.InvariantCulture);
        var yaml = new StringBuilder("locales: [en-US, fr-FR]\nsets:\n");
        yaml.Append("  - name: Near\n    categories: [ { name: Low, from: 1, to: 9, title: { en-US: Low, fr-FR: Bas } } ]\n    codes:\n");
        foreach (var (code, en, fr) in new[] { (1, "One", "Un"), (2, "Two", "Deux"), (3, "Three", "Trois"), (4, "Four", "Quatre"), (5, "Five", "Cinq") })
        {
            yaml.Append("      - { code: ").Append(F(code)).Append(", name: ").Append(en).Append(", title: { en-US: ").Append(en).Append(", fr-FR: ").Append(fr)
                .Append(" }, description: { en-US: The ").Append(en).Append(" code., fr-FR: Le code ").Append(fr).Append(". } }\n");
        }

        yaml.Replace("description: { en-US: The One code.", "description: { en-US: \"Line one.\\nLine \\\"two\\\" \\\\ end.\"");
        yaml.Append("  - name: Spread\n    categories: [ { name: Lower, from: 0, to: 1499, title: { en-US: Lower half, fr-FR: Moitié basse } } ]\n    codes:\n");
        for (var code = 0; code <= 3000; code += 3)
        {
            yaml.Append("      - { code: ").Append(F(code)).Append(", name: S").Append(F(code)).Append(", title: { en-US: Spread ").Append(F(code)).Append(", fr-FR: Étalé ").Append(F(code)).Append(" } }\n");
        }

        yaml.Append("  - name: Sparse\n    categories: [ { name: Hundreds, from: 100, to: 199, title: { en-US: Hundreds, fr-FR: Centaines } } ]\n    codes:\n");
        var sparse = new List<(int Code, string Name)> { (int.MinValue, "Min"), (-7, "MinusSeven"), (0, "Zero"), (100, "Hundred"), (7000, "SevenThousand"), (int.MaxValue, "Max") };
        sparse.AddRange(Enumerable.Range(1, 60).Select(i => (i * 104_729, "P" + F(i))));
        foreach (var (code, name) in sparse)
        {
            var title = name == "Max" ? "'Max \"\"\"quoted\"\"\"'" : name;
            yaml.Append("      - { code: ").Append(F(code)).Append(", name: ").Append(name).Append(", title: { en-US: ").Append(title).Append(", fr-FR: ").Append(name).Append(" fr }, reason: R ").Append(name).Append(" }\n");
        }

        return yaml.ToString();
    }
}

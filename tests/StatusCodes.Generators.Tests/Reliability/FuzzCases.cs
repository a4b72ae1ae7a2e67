using System;
using System.Globalization;
using StatusCodes.Generators.Tests.Generator;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// The fuzzer's inputs: case <c>n</c> is the text <see cref="Input"/> makes from seed <c>BaseSeed + n</c>.
/// CI runs a few thousand parser cases and a few hundred compiled ones; STATUSCODES_FUZZ_CASES=100000
/// runs a long session, and STATUSCODES_FUZZ_SEED moves it to other seeds.
/// </summary>
internal static class FuzzCases
{
    public const string CasesVariable = "STATUSCODES_FUZZ_CASES";
    public const string SeedVariable = "STATUSCODES_FUZZ_SEED";
    public const string Path = "/fuzz/case.codes.yaml";

    private const int DefaultParserCases = 4000;
    private const int DefaultCompiledCases = 160;

    /// <summary>A group with keys and a fallback, block style, with every optional key of a set.</summary>
    private const string Group = """
        namespace: Fuzz.Probes
        locales: [en-US, zh-TW]
        group: Probe
        sets:
          - name: PingStatus
            key: PING
            fallback: BaseStatus
            summary: Ping results.
            categories:
              - name: Lost
                from: 600
                to: 699
                title: { en-US: Lost, zh-TW: 遺失 }
            codes:
              - code: 610
                name: NoResponse
                reason: No Response
                title:
                  en-US: "No response: \"timeout\" <1s> & more"
                  zh-TW: 沒有回應
                description: |
                  The host did not answer.
                  Check the firewall.
                aliases: [Silent]
                deprecated: Use 611.
                reference: https://example.com/ping#610
              - code: 611
                name: Unreachable
                title: Unreachable
          - name: BaseStatus
            key: BASE
            codes:
              - { code: 1, name: Ok, title: { en-US: OK, zh-TW: 正常 } }
        """;

    public static int ParserCases => Configured(CasesVariable) ?? DefaultParserCases;

    /// <summary>Compiling is what costs: about one case in 25 of a long session, never fewer than CI runs; a quarter of them are pairs of files.</summary>
    public static int CompiledCases => Configured(CasesVariable) is { } cases ? Math.Max(DefaultCompiledCases, cases / 25) : DefaultCompiledCases;

    public static int BaseSeed => Configured(SeedVariable) ?? 7_000_000;

    /// <summary>The text of one case. Large bases only for the parser: compiling them is slow.</summary>
    public static string Input(int seed, bool forCompilation)
    {
        var random = new Random(seed);
        var choice = random.Next(forCompilation ? 10 : 12);
        if (choice == 0)
        {
            return DefinitionMutator.RandomText(random);
        }

        var source = choice switch
        {
            < 5 => TestDefinitions.Payments,
            < 10 => Group,
            10 => TestDefinitions.SiteMonitor,
            _ => TestDefinitions.Http,
        };
        return DefinitionMutator.Mutate(source, random);
    }

    /// <summary>Two files for one seed, so that clashes between files are tried too: set names, groups, keys, namespaces, locales.</summary>
    public static (string Path, string Text)[] Pair(int seed)
        => new[] { ("/fuzz/a.codes.yaml", Input(seed, forCompilation: true)), ("/fuzz/b.codes.yaml", Input(unchecked((seed * 31) + 7), forCompilation: true)) };

    private static int? Configured(string variable)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}

using System.Globalization;
using System.Linq;
using StatusCodes.Generators.Analyzers;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// The analyzers decide at build time whether a string names a code (SCG04xx) with
/// <see cref="CodeSet.TryParseNumber"/>, a copy of the generated <c>TryParseNumber</c>; these tests
/// run the generated one and hold the two to the same answers.
/// </summary>
public sealed class NumberSyntaxTests
{
    private static readonly int[] Codes = { 0, 7, 200, 404, 99999 };

    private static readonly string[] Inputs =
    {
        "0", "7", "200", "404", "99999", "+7", "-0", "+0", "0007", "00200", " 200 ", "\t404\n",
        "", " ", "+", "-", "--7", "+-7", "-7", "201", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "99999999999", "999999999999", "1e2", "0x10", "7.0", "7,0", "2 00", "٢٠٠", "２００", "７",
    };

    [Fact]
    public void The_analyzers_read_a_number_exactly_as_the_generated_TryParse_does()
    {
        var yaml = "locales: [en-US]\nsets:\n  - name: ProbeStatus\n    codes:\n"
            + string.Concat(Codes.Select(c => "      - { code: " + c.ToString(CultureInfo.InvariantCulture) + ", name: C" + c.ToString(CultureInfo.InvariantCulture) + ", title: T }\n"));
        var literals = string.Join(", ", Inputs.Select(i => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(i, quote: true)));
        var source = "using System.Linq; using TestProject; public static class Use { public static string Run() => string.Join(\"|\", new[] { " + literals + " }"
            + ".Select(t => ProbeStatusExtensions.TryParse(t, out var v) ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : \"-\")); }";

        var run = GeneratorRunner.Run(new[] { ("/p/probe.codes.yaml", yaml) }, source);

        Assert.Empty(run.Diagnostics);
        var expected = string.Join("|", Inputs.Select(i => CodeSet.TryParseNumber(i.Trim(), out var code) && Codes.Contains(code) ? code.ToString(CultureInfo.InvariantCulture) : "-"));
        Assert.Equal(expected, GeneratedAssembly.RunUse(run.Output));
        Assert.Contains("|-|", expected, System.StringComparison.Ordinal);
        Assert.StartsWith("0|7|200|404|99999|7|0|0|7|200|200|404|", expected, System.StringComparison.Ordinal);
    }
}

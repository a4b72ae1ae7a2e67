using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.Generators.Tests.Reliability;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// Definition files in encodings other than UTF-8, as the compiler hands them to the generator:
/// decoded by strict UTF-8 or a byte order mark when that works, else decoded again with the
/// machine's code page (UTF-8 with U+FFFD replacements on Linux and macOS, the ANSI code page on
/// Windows). The real compiler's behaviour is pinned by the dotnet build test in the analyzer tests.
/// </summary>
public sealed class EncodingTests
{
    private const string Yaml = "locales: [en-US, zh-CN]\nsets:\n  - name: CardStatus\n    codes:\n      - code: 1001\n        name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n";

    private const string Good = "namespace: Other\nlocales: [en-US]\nsets:\n  - name: Good\n    codes:\n      - { code: 1, name: Ok, title: OK }\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_gb18030_file_read_as_the_compiler_does_on_linux_is_SCG0009_and_generates_nothing()
    {
        // The compiler's second try: UTF-8 that replaces what it cannot decode.
        var lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var text = SourceText.From(lenient.GetString(Encoding.GetEncoding("GB18030").GetBytes(Yaml)), lenient);

        var run = Run(text);

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0009", "/p/gb.codes.yaml", 7, 47);
        Assert.Equal(
            "The file is not UTF-8: the bytes here are not valid UTF-8 and were read as U+FFFD REPLACEMENT CHARACTER, so its texts would be garbled. "
            + "Editors leave such bytes when they save Chinese text as GB18030 (GBK) or Big5, Japanese as Shift-JIS, or Western text as Windows-1252. "
            + "Nothing is generated from it. Save it as UTF-8 ('statuscodes lint --fix' converts it).",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain(run.HintNames, h => h.Contains("CardStatus", System.StringComparison.Ordinal));
        Assert.Contains("Other.Good.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("GB18030", 936, "936 (GBK, Simplified Chinese)")]
    [InlineData("big5", 950, "950 (Big5, Traditional Chinese)")]
    [InlineData("shift_jis", 932, "932 (Shift-JIS, Japanese)")]
    [InlineData("windows-1252", 1252, "1252 (Windows-1252, Western European)")]
    public void A_file_the_compiler_read_with_the_windows_code_page_is_SCG0009_naming_it(string saved, int codePage, string named)
    {
        // On Windows the second try is the ANSI code page: right on this machine, wrong on the next.
        var text = codePage switch
        {
            1252 => "Carte refusée",
            932 => "カード拒否",
            950 => "銀行卡被拒",
            _ => "银行卡被拒",
        };
        var yaml = Yaml.Replace("银行卡被拒", text, System.StringComparison.Ordinal);
        var bytes = Encoding.GetEncoding(saved).GetBytes(yaml);
        var system = Encoding.GetEncoding(codePage);
        var run = Run(SourceText.From(system.GetString(bytes), system));

        var column = codePage == 1252 ? 58 : 47;
        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0009", "/p/gb.codes.yaml", 7, column);
        Assert.Equal(
            "The file is not UTF-8: the compiler could not read it as UTF-8 and decoded it with this machine's code page " + named
            + ", so its texts would depend on the machine that builds it. Nothing is generated from it. Save it as UTF-8 ('statuscodes lint --fix' converts it).",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Other.Good.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf8_with_or_without_bom_and_utf16_with_bom_keep_working(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(false, true),
            "utf-8-bom" => new UTF8Encoding(true, true),
            _ => Encoding.GetEncoding(encodingName),
        };
        using var stream = new MemoryStream(encoding.GetPreamble().Concat(encoding.GetBytes(Yaml)).ToArray());
        var run = Run(SourceText.From(stream, encoding));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("银行卡被拒", run.Source("TestProject.CardStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_character_written_in_a_valid_utf8_file_is_a_character_like_any_other()
    {
        var strict = new UTF8Encoding(false, true);
        var run = Run(SourceText.From(Yaml.Replace("银行卡被拒", "银行卡\uFFFD被拒", System.StringComparison.Ordinal), strict));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("银行卡\uFFFD被拒", run.Source("TestProject.CardStatus.g.cs"), System.StringComparison.Ordinal);
    }

    private static GeneratorRun Run(SourceText text)
    {
        var driver = GeneratorRunner.CreateDriver(
            ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/gb.codes.yaml", text), new TestAdditionalText("/p/good.codes.yaml", Good)),
            GeneratorRunner.LatestParseOptions,
            null);
        return GeneratorRunner.RunChecked(driver, GeneratorRunner.CreateCompilation(string.Empty));
    }
}

using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>
/// Files saved the way editors save them: lint names the encoding it reads from the bytes, lint --fix
/// makes them UTF-8 with ASCII syntax and every text unchanged, import reads documents in them.
/// </summary>
public class EncodingTests
{
    private const string Chinese = "locales: [en-US, zh-CN]\nsets:\n  - name: CardStatus\n    codes:\n      - code: 1001\n        name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("GB18030", "银行卡被拒", "its bytes are not valid UTF-8 from here on, and they read cleanly as GB18030 (GBK), the encoding it was most likely saved in")]
    [InlineData("big5", "銀行卡被拒", "its bytes are not valid UTF-8 from here on, and they read cleanly as Big5, the encoding it was most likely saved in")]
    [InlineData("shift_jis", "カードが拒否されました", "its bytes are not valid UTF-8 from here on, and they read cleanly as Shift-JIS, the encoding it was most likely saved in")]
    [InlineData("windows-1252", "Carte refusée", "its bytes are not valid UTF-8 from here on, and they read cleanly as Windows-1252, the encoding it was most likely saved in")]
    public async Task Lint_names_the_legacy_encoding_it_reads_from_the_bytes(string encoding, string title, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.File("cards.codes.yaml");
        File.WriteAllBytes(path, Encoding.GetEncoding(encoding).GetBytes(Chinese.Replace("银行卡被拒", title, System.StringComparison.Ordinal)));

        var run = await ToolRunner.RunAsync("lint", path);

        Assert.Equal(1, run.ExitCode);
        var column = encoding == "windows-1252" ? 58 : 47;
        Assert.Equal(
            path + "(7," + column + "): error SCG0009: The file is not UTF-8: " + problem + ". Nothing is generated from it. Save it as UTF-8 ('statuscodes lint --fix' converts it).\n",
            run.Stdout);
    }

    [Theory]
    [InlineData(false, "UTF-16 LE")]
    [InlineData(true, "UTF-16 BE")]
    public async Task Lint_names_utf16_without_a_byte_order_mark(bool bigEndian, string name)
    {
        using var temp = new TempFolder();
        var path = temp.File("cards.codes.yaml");
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian, false).GetBytes(Chinese));

        var run = await ToolRunner.RunAsync("lint", path);

        Assert.Equal(
            path + "(1,1): error SCG0009: The file is not UTF-8: it is " + name + " without a byte order mark, which the compiler reads as UTF-8 with a NUL beside every ASCII letter. Nothing is generated from it. Save it as UTF-8 ('statuscodes lint --fix' converts it).\n",
            run.Stdout);
    }

    [Fact]
    public async Task Lint_says_when_no_encoding_reads_the_bytes_convincingly()
    {
        using var temp = new TempFolder();
        var path = temp.File("cards.codes.yaml");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("locales: [en-US]\nsets: []\n# ").Concat(new byte[] { 0x80, 0x81, 0xFE, 0xFF, 0x8D, 0x8F, 0x90 }).ToArray());

        var run = await ToolRunner.RunAsync("lint", path);

        Assert.Contains("(3,3): error SCG0009: The file is not UTF-8: its bytes are not valid UTF-8 from here on, and none of GB18030 (GBK), Big5, Shift-JIS or Windows-1252 reads them convincingly; name the encoding with --encoding.", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_points_at_bytes_that_break_an_otherwise_utf8_file_and_fix_leaves_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("cards.codes.yaml");
        var bytes = Encoding.UTF8.GetBytes(Chinese).ToList();
        var at = Encoding.UTF8.GetByteCount(Chinese.Substring(0, Chinese.IndexOf("被拒", System.StringComparison.Ordinal)));
        bytes.RemoveAt(at);
        File.WriteAllBytes(path, bytes.ToArray());

        var run = await ToolRunner.RunAsync("lint", path);
        var fix = await ToolRunner.RunAsync("lint", path, "--fix");

        Assert.Equal(
            path + "(7,50): error SCG0009: The file is not UTF-8: the bytes here do not form a UTF-8 character (the rest of the file is UTF-8), so a text here is damaged. Nothing is generated from it. Retype the text there; no encoding recovers those bytes.\n",
            run.Stdout);
        Assert.Contains("is UTF-8 with bytes that are no character", fix.Stderr, System.StringComparison.Ordinal);
        Assert.Equal(bytes.ToArray(), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public async Task Utf8_with_or_without_bom_and_utf16_with_bom_lint_clean(string name)
    {
        using var temp = new TempFolder();
        var path = temp.File("cards.codes.yaml");
        var encoding = name switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            _ => Encoding.GetEncoding(name),
        };
        File.WriteAllBytes(path, encoding.GetPreamble().Concat(encoding.GetBytes(Chinese)).ToArray());

        var run = await ToolRunner.RunAsync("lint", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task Lint_fix_saves_utf8_with_ascii_syntax_and_every_text_unchanged()
    {
        // As typed with a Chinese input method in full-width mode and saved by an editor defaulting to GB18030.
        const string Clean = """
            locales: [en-US, zh-CN]
            sets:
              - name: CardStatus
                summary: 银行卡状态：拒绝，过期［等］
                codes:
                  - code: 1001
                    name: CardDeclined
                    title: { en-US: "Declined: try again", zh-CN: 银行卡被拒：请重试 }
                    description: |
                      ［提示］请联系发卡行，或换一张卡。
                      　全角空格开头的行。
                  - code: 1002
                    name: CardExpired
                    title:
                      en-US: Expired
                      zh-CN: 已过期｛卡｝
            """;
        var typed = Clean
            .Replace("locales: [en-US, zh-CN]", "locales： ［en-US， zh-CN］", System.StringComparison.Ordinal)
            .Replace("    title: { en-US: \"Declined: try again\", zh-CN: 银行卡被拒：请重试 }", "    title：｛ en-US: \"Declined: try again\"， zh-CN: 银行卡被拒：请重试 ｝", System.StringComparison.Ordinal)
            .Replace("  - code: 1002", "  － code: 1002", System.StringComparison.Ordinal)
            .Replace("        name: CardExpired", "       \u3000name:\u00A0CardExpired", System.StringComparison.Ordinal);
        Assert.NotEqual(Clean, typed);

        using var temp = new TempFolder();
        var path = temp.File("cards.codes.yaml");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(typed));

        var fix = await ToolRunner.RunAsync("lint", path, "--fix");

        Assert.True(fix.ExitCode == 0, fix.ToString());
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Clean, new UTF8Encoding(false, true).GetString(bytes));
        Assert.Contains("statuscodes lint: fixed " + path + ": 12 changes.", fix.Stderr, System.StringComparison.Ordinal);
        Assert.Contains("  saved as UTF-8 (it was GB18030 (GBK))", fix.Stderr, System.StringComparison.Ordinal);
        Assert.Contains("  " + path + "(1,8): '：' (U+FF1A FULLWIDTH COLON) → ':'", fix.Stderr, System.StringComparison.Ordinal);
        Assert.Contains("  " + path + "(8,14): '：' (U+FF1A FULLWIDTH COLON) → ': '", fix.Stderr, System.StringComparison.Ordinal);
        Assert.Contains("  " + path + "(13,8): U+3000 IDEOGRAPHIC SPACE → ' '", fix.Stderr, System.StringComparison.Ordinal);

        // Every text, read before (from the clean copy) and after.
        Assert.Equal(Texts(DefinitionParser.Parse("clean.codes.yaml", Clean).Spec!), Texts(DefinitionFiles.ParseValid(path)));
        Assert.Contains("en-US:银行卡状态：拒绝，过期［等］", Texts(DefinitionFiles.ParseValid(path)));

        var again = await ToolRunner.RunAsync("lint", path, "--fix");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("fixed", again.Stderr, System.StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Lint_fix_leaves_a_tab_in_indentation_reported()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cards.codes.yaml", Chinese.Replace("        name: CardDeclined", "\tname: CardDeclined", System.StringComparison.Ordinal));

        var run = await ToolRunner.RunAsync("lint", path, "--fix");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path + "(6,1): error SCG0010: U+0009 CHARACTER TABULATION stands in the indentation", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains('\t', File.ReadAllText(path));
    }

    [Theory]
    [InlineData("protocol-sections.md", "zh-CN", "GB18030", null)]
    [InlineData("codes-table.md", "zh-CN", "GB18030", "gb18030")]
    [InlineData("zh-tw-lines.txt", "zh-TW", "big5", "big5")]
    [InlineData("protocol-sections.md", "zh-CN", "utf-16", null)]
    public Task A_document_saved_in_another_encoding_imports_exactly_like_its_utf8_copy(string fixture, string locale, string encoding, string? named)
        => ImportsLikeItsUtf8CopyAsync(RepoPaths.Fixture(fixture), locale, encoding, named);

    /// <summary>Saves the document's text in <paramref name="encoding"/> and imports both copies.</summary>
    internal static async Task ImportsLikeItsUtf8CopyAsync(string source, string locale, string encoding, string? named)
    {
        using var temp = new TempFolder();
        var target = Encoding.GetEncoding(encoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

        // Big5 has no no-break space or bullet: both copies get a '?' there, so that they hold the same text.
        var lossy = Encoding.GetEncoding(encoding, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);
        var text = lossy.GetString(lossy.GetBytes(File.ReadAllText(source)));
        var copy = temp.Write("utf8-document.txt", text);
        var document = temp.File("document.txt");
        File.WriteAllBytes(document, target.GetPreamble().Concat(target.GetBytes(text)).ToArray());

        var utf8 = await ToolRunner.RunAsync("import", copy, "--locale", locale);
        var other = named is null
            ? await ToolRunner.RunAsync("import", document, "--locale", locale)
            : await ToolRunner.RunAsync("import", document, "--locale", locale, "--encoding", named);

        Assert.True(utf8.ExitCode == 0 && other.ExitCode == 0, utf8 + "\n" + other);
        Assert.Equal(utf8.Stdout.Replace(Path.GetFileName(copy), "SEED", System.StringComparison.Ordinal), other.Stdout.Replace(Path.GetFileName(document), "SEED", System.StringComparison.Ordinal));
        if (encoding != "utf-16")
        {
            Assert.Contains("read " + Path.GetFileName(document) + " as " + (encoding == "big5" ? "Big5" : "GB18030 (GBK)") + (named is null ? " (detected)." : "."), other.Stderr, System.StringComparison.Ordinal);
        }
    }

    private static string[] Texts(DefinitionFileSpec spec)
        => spec.Sets.SelectMany(s => s.Summary.Entries.Select(e => e.Locale + ":" + e.Text)
            .Concat(s.Codes.SelectMany(c => c.Title.Entries.Concat(c.Description.Entries).Select(e => c.Name + ":" + e.Locale + ":" + e.Text))))
            .ToArray();
}

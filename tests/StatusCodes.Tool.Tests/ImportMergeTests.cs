using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatusCodes.Definitions.Specs;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>--merge adds one locale's texts to an existing file and leaves everything else alone.</summary>
public class ImportMergeTests
{
    [Fact]
    public async Task Merging_a_document_into_the_built_in_file_changes_only_that_locale()
    {
        using var temp = new TempFolder();
        var target = temp.Copy(Path.Combine(RepoPaths.Definitions, "site-monitor.codes.yaml"));
        var before = DefinitionFiles.ParseValid(target);
        var originalText = File.ReadAllText(target);

        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture("protocol-sections.md"), "--locale", "zh-CN", "--merge", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        var after = DefinitionFiles.ParseValid(target);
        Assert.Equal(Texts(before, "en-US"), Texts(after, "en-US"));
        Assert.Equal(Texts(before, "zh-TW"), Texts(after, "zh-TW"));
        Assert.NotEqual(Texts(before, "zh-CN"), Texts(after, "zh-CN"));
        Assert.Equal("建立连接或握手超时", after.Set("HttpProbeStatus").Code(610).Title.Get("zh-CN"));
        Assert.Equal("TooManyRedirects", after.Set("HttpProbeStatus").Code(617).Name);

        // Comments and every line that is not a zh-CN text are untouched.
        var merged = File.ReadAllText(target);
        Assert.StartsWith(string.Join("\n", originalText.Split('\n').Take(3)), merged);
        Assert.Equal(
            originalText.Split('\n').Where(l => !l.TrimStart().StartsWith("zh-CN:")),
            merged.Split('\n').Where(l => !l.TrimStart().StartsWith("zh-CN:")));

        Assert.Contains("set HttpStatus from the document matches no set in " + target, run.Stderr);

        var again = await ToolRunner.RunAsync("import", RepoPaths.Fixture("protocol-sections.md"), "--locale", "zh-CN", "--merge", target);
        Assert.Equal(merged, File.ReadAllText(target));
        Assert.Contains("is unchanged", again.Stderr);
    }

    [Fact]
    public async Task Codes_of_the_file_missing_from_the_document_are_reported()
    {
        using var temp = new TempFolder();
        var target = temp.Copy(Path.Combine(RepoPaths.Definitions, "http.codes.yaml"));

        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture("zh-tw-lines.txt"), "--locale", "zh-TW", "--merge", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("in the document but not in the file", run.Stderr);
        Assert.Contains("set HttpStatus: 63 codes in the file but not in the document (left unchanged): 100, 101, 102, 103, 104, 201, 202, 203, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 409, 410, 411, 412, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 449, 451, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511.", run.Stderr);
        DefinitionFiles.ParseValid(target);
    }

    [Fact]
    public async Task Merging_adds_the_locale_and_handles_every_way_a_text_can_be_written()
    {
        using var temp = new TempFolder();
        var target = temp.Write("small.codes.yaml", """
            # A hand-written file.
            locales:
              - en-US
            sets:
              - name: HttpStatus   # the set
                summary: Plain summary.
                codes:
                  - code: 404
                    name: NotFound
                    title: Not found   # comment kept
                  - code: 500
                    name: InternalServerError
                    title: { en-US: "Server error" }
                    description: |
                      Something broke
                      on the server.
                  - code: 503
                    name: ServiceUnavailable
                    title:
                      en-US: Unavailable
                  - code: 418
                    name: Teapot
                    title:
                      en-US: Teapot

            """);
        var document = temp.Write("table.md", """
            # HttpStatus

            新的摘要。

            | 状态码 | 名称 | 标题 | 说明 |
            | --- | --- | --- | --- |
            | 404 | NotFound | 未找到 | |
            | 500 | InternalServerError | 服务器内部错误 | 服务器出错了。 |
            | 503 | ServiceUnavailable | 服务不可用 | 稍后再试。 |
            | 999 | Extra | 多余 | |
            """);

        var run = await ToolRunner.RunAsync("import", document, "--locale", "zh-CN", "--merge", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("""
            # A hand-written file.
            locales:
              - en-US
              - zh-CN
            sets:
              - name: HttpStatus   # the set
                summary:
                  en-US: Plain summary.
                  zh-CN: 新的摘要。
                codes:
                  - code: 404
                    name: NotFound
                    title:
                      en-US: Not found
                      zh-CN: 未找到   # comment kept
                  - code: 500
                    name: InternalServerError
                    title: { en-US: Server error, zh-CN: 服务器内部错误 }
                    description:
                      en-US: "Something broke\non the server.\n"
                      zh-CN: 服务器出错了。
                  - code: 503
                    name: ServiceUnavailable
                    title:
                      en-US: Unavailable
                      zh-CN: 服务不可用
                    description:
                      zh-CN: 稍后再试。
                  - code: 418
                    name: Teapot
                    title:
                      en-US: Teapot

            """, File.ReadAllText(target));
        Assert.Contains("added the locale zh-CN to 'locales'.", run.Stderr);
        Assert.Contains("1 code in the document but not in the file (not merged): 999.", run.Stderr);
        Assert.Contains("1 code in the file but not in the document (left unchanged): 418.", run.Stderr);
        Assert.Contains("merged zh-CN: 6 texts added or changed", run.Stderr);

        var spec = DefinitionFiles.ParseValid(target);
        Assert.Equal("Something broke\non the server.\n", spec.Set("HttpStatus").Code(500).Description.Get("en-US"));
    }

    [Fact]
    public async Task Merging_keeps_the_byte_order_mark_and_the_line_breaks_and_counts_emoji_right()
    {
        using var temp = new TempFolder();
        var target = temp.File("crlf.codes.yaml");
        var text = "locales: [en-US]\r\nsets:\r\n  - name: HttpStatus\r\n    codes:\r\n      - code: 404\r\n        name: NotFound\r\n"
            + "        title: Not found 😀😀 𠀀\r\n      - code: 500\r\n        name: Oops\r\n        title:\r\n          en-US: Oops 😀\r\n";
        File.WriteAllText(target, text, new System.Text.UTF8Encoding(true));
        var document = temp.Write("emoji.md", "| Code | Title |\n| --- | --- |\n| 404 | 新 😀 |\n| 500 | 新的 |\n");

        var run = await ToolRunner.RunAsync("import", document, "--locale", "zh-CN", "--merge", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        var bytes = File.ReadAllBytes(target);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            text.Replace("[en-US]", "[en-US, zh-CN]")
                .Replace("        title: Not found 😀😀 𠀀\r\n", "        title:\r\n          en-US: Not found 😀😀 𠀀\r\n          zh-CN: 新 😀\r\n")
                .Replace("          en-US: Oops 😀\r\n", "          en-US: Oops 😀\r\n          zh-CN: 新的\r\n"),
            System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task A_merge_target_with_errors_is_left_alone()
    {
        using var temp = new TempFolder();
        const string broken = "locales: [en-US]\nsets:\n  - name: HttpStatus\n    codes:\n      - code: 404\n";
        var target = temp.Write("broken.codes.yaml", broken);

        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture("api-status.html"), "--locale", "zh-CN", "--merge", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SCG0003", run.Stderr);
        Assert.Contains("has errors; fix them before merging into it. Nothing was written.", run.Stderr);
        Assert.Equal(broken, File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Merge_can_write_elsewhere_and_keep_the_target()
    {
        using var temp = new TempFolder();
        var target = temp.Copy(Path.Combine(RepoPaths.Definitions, "http.codes.yaml"));
        var original = File.ReadAllText(target);

        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture("api-status.html"), "--locale", "zh-CN", "--merge", target, "-o", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(original, File.ReadAllText(target));
        Assert.Contains("          zh-CN: 后端服务没有在时限内响应\n", run.Stdout);
    }

    private static string Texts(DefinitionFileSpec spec, string locale)
        => string.Join("\n", spec.Sets.SelectMany(s => new[] { s.Summary.Get(locale) }
            .Concat(s.Categories.SelectMany(c => new[] { c.Title.Get(locale), c.Description.Get(locale) }))
            .Concat(s.Codes.SelectMany(c => new[] { c.Title.Get(locale), c.Description.Get(locale) }))));
}

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

public class DocsTests
{
    private const string Tricky = """
        locales: [en-US, zh-TW]
        sets:
          - name: Tricky
            summary: Texts with <markup> & | pipes.
            codes:
              - code: 7
                name: Pipe_Dream
                title:
                  en-US: "A | B"
                  zh-TW: 甲 | 乙
                description:
                  en-US: Use <b>bold</b> & *stars* [not a link](x) \backslash `code`
              - code: 8
                name: Fallback
                title: English only
        """;

    [Fact]
    public async Task Writes_one_page_per_set_and_locale_with_the_texts_of_that_locale()
    {
        using var temp = new TempFolder();

        var run = await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "--locale", "zh-TW", "-o", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Directory.GetFiles(temp.Path).Select(Path.GetFileName).OrderBy(f => f).ToList();
        // 10 sets, 4 packs (HttpStatus.Nginx and the others, on pages of their own) and the index.
        Assert.Equal(15, files.Count);
        Assert.Contains("HttpStatus.zh-TW.md", files);
        Assert.Contains("HttpStatus.Nginx.zh-TW.md", files);
        Assert.Contains("Pop3ProbeStatus.zh-TW.md", files);
        Assert.Contains("index.md", files);

        var page = File.ReadAllText(temp.File("HttpStatus.zh-TW.md"));
        Assert.Contains("\n# HttpStatus\n", page);
        Assert.Contains("| 狀態碼 | 名稱 | 標題 | 說明 |\n", page);
        Assert.Contains("| [404](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5) | NotFound | 找不到 |", page);
        Assert.Contains("## 分類", page);
        Assert.Contains("| 400–499 | ClientError | 用戶端錯誤 |", page);
        Assert.Contains("- 305 UseProxy: ", page);
        Assert.DoesNotContain("444", page);
        Assert.Contains("wrote 14 pages for 14 sets in zh-TW", run.Stderr);

        var pack = File.ReadAllText(temp.File("HttpStatus.Nginx.zh-TW.md"));
        Assert.Contains("\n# HttpStatus.Nginx\n", pack);
        Assert.Contains("| [444](https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return) | ConnectionClosedWithoutResponse | 連線已關閉且無回應 |", pack);
        Assert.DoesNotContain("NotFound", pack);
        Assert.DoesNotContain("## 分類", pack);
    }

    [Fact]
    public async Task Without_locale_every_declared_locale_gets_pages_and_the_index_links_them()
    {
        using var temp = new TempFolder();

        var run = await ToolRunner.RunAsync("docs", Path.Combine(RepoPaths.Definitions, "http.codes.yaml"), "-o", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var index = File.ReadAllText(temp.File("index.md"));
        Assert.Contains("| HttpStatus | http.codes.yaml | 67 |  | [en-US](HttpStatus.en-US.md) | [zh-CN](HttpStatus.zh-CN.md) | [zh-TW](HttpStatus.zh-TW.md) |", index);
        Assert.Contains("| 状态码 | 名称 | 标题 | 说明 |", File.ReadAllText(temp.File("HttpStatus.zh-CN.md")));
        Assert.Contains("| Code | Name | Title | Description |", File.ReadAllText(temp.File("HttpStatus.en-US.md")));
    }

    [Fact]
    public async Task Markdown_cells_escape_everything_Markdown_would_read_as_markup()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tricky.codes.yaml", Tricky);

        var run = await ToolRunner.RunAsync("docs", file, "-o", temp.File("out"), "--locale", "en-US,zh-TW");

        Assert.True(run.ExitCode == 0, run.ToString());
        var english = File.ReadAllText(temp.File("out/Tricky.en-US.md"));
        Assert.Contains(@"| 7 | Pipe\_Dream | A \| B | Use \<b\>bold\</b\> \& \*stars\* \[not a link\](x) \\backslash \`code\` |", english);
        Assert.Contains(@"Texts with \<markup\> \& \| pipes.", english);
        var chinese = File.ReadAllText(temp.File("out/Tricky.zh-TW.md"));
        Assert.Contains(@"| 7 | Pipe\_Dream | 甲 \| 乙 |", chinese);
        Assert.Contains("| 8 | Fallback | English only |  |", chinese);
    }

    [Fact]
    public async Task Html_pages_encode_text_and_keep_the_same_table()
    {
        using var temp = new TempFolder();
        var file = temp.Write("tricky.codes.yaml", Tricky);

        var run = await ToolRunner.RunAsync("docs", file, "-o", temp.Path, "--locale", "en-US", "--format", "html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(temp.File("Tricky.html"));
        Assert.StartsWith("<!DOCTYPE html>\n", html);
        Assert.Contains("<html lang=\"en-US\" data-locale=\"en-US\">", html);
        Assert.Contains("<tr><th><span class=\"t\" lang=\"en-US\">Code</span></th><th><span class=\"t\" lang=\"en-US\">Name</span></th><th><span class=\"t\" lang=\"en-US\">Title</span></th><th><span class=\"t\" lang=\"en-US\">Description</span></th></tr>", html);
        Assert.Contains("<tr id=\"7\"><td>7</td><td class=\"name\">Pipe_Dream</td><td><span class=\"t\" lang=\"en-US\">A | B</span></td><td><span class=\"t\" lang=\"en-US\">Use &lt;b&gt;bold&lt;/b&gt; &amp; *stars* [not a link](x) \\backslash `code`</span></td></tr>", html);
        Assert.Contains("<p><span class=\"t\" lang=\"en-US\">Texts with &lt;markup&gt; &amp; | pipes.</span></p>", html);
        Assert.True(File.Exists(temp.File("index.html")));
    }

    [Fact]
    public async Task Output_is_deterministic()
    {
        using var temp = new TempFolder();

        await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "-o", temp.File("first"), "--format", "html");
        await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "-o", temp.File("second"), "--format", "html");

        var first = Directory.GetFiles(temp.File("first")).Select(Path.GetFileName).OrderBy(f => f).ToList();
        Assert.Equal(15, first.Count);
        Assert.Equal(first, Directory.GetFiles(temp.File("second")).Select(Path.GetFileName).OrderBy(f => f));
        foreach (var name in first)
        {
            Assert.Equal(File.ReadAllBytes(temp.File("first/" + name!)), File.ReadAllBytes(temp.File("second/" + name!)));
        }
    }

    [Fact]
    public async Task Definitions_with_errors_write_nothing()
    {
        using var temp = new TempFolder();
        var good = temp.Write("in/good.codes.yaml", Tricky);
        var bad = temp.Write("in/bad.codes.yaml", "locales: [en-US]\nsets:\n  - name: Broken\n    codes:\n      - code: x\n");

        var run = await ToolRunner.RunAsync("docs", good, bad, "-o", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SCG0004", run.Stderr);
        Assert.Contains("no docs written", run.Stderr);
        Assert.False(Directory.Exists(temp.File("out")) && Directory.EnumerateFileSystemEntries(temp.File("out")).Any());
    }

    [Fact]
    public async Task A_page_that_cannot_be_written_stops_all_pages_and_leaves_no_temporary_files()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("out/PingProbeStatus.en-US.md"));

        var run = await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "-o", temp.File("out"), "--locale", "en-US");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("statuscodes: error: Cannot write '", run.Stderr);
        Assert.Equal(new[] { temp.File("out/PingProbeStatus.en-US.md") }, Directory.GetFileSystemEntries(temp.File("out")));
    }

    [Fact]
    public async Task A_locale_no_file_declares_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var run = await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "--locale", "fr-FR", "-o", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no definition file declares the locale 'fr-FR' (declared: en-US, zh-CN, zh-TW)", run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task An_html_page_carries_every_locale_with_groups_anchors_and_marks()
    {
        using var temp = new TempFolder();

        var run = await ToolRunner.RunAsync("docs", Path.Combine(RepoPaths.Definitions, "http.codes.yaml"), "--format", "html", "-o", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "HttpStatus.html", "index.html" }, Directory.GetFiles(temp.Path).Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal));
        var html = File.ReadAllText(temp.File("HttpStatus.html"));
        Assert.Contains("<select id=\"locale\" aria-label=\"Language\"><option value=\"en-US\" selected>en-US</option><option value=\"zh-CN\">zh-CN</option><option value=\"zh-TW\">zh-TW</option></select>", html);
        Assert.Contains("html[data-locale=\"zh-TW\"] .t:not([lang=\"zh-TW\"]) { display: none; }", html);
        Assert.Contains("<section class=\"group\" id=\"category-ClientError\">\n<h2><span class=\"t\" lang=\"en-US\">Client error</span><span class=\"t\" lang=\"zh-CN\">客户端错误</span><span class=\"t\" lang=\"zh-TW\">用戶端錯誤</span> <small>400–499</small></h2>", html);
        Assert.Contains("<tr id=\"404\"><td><a href=\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\">404</a></td><td class=\"name\">NotFound</td><td><span class=\"t\" lang=\"en-US\">Not found</span><span class=\"t\" lang=\"zh-CN\">未找到</span><span class=\"t\" lang=\"zh-TW\">找不到</span></td>", html);
        Assert.Contains("<tr id=\"510\" class=\"deprecated\">", html);
        Assert.Contains("<span class=\"t\" lang=\"en-US\">Old names: </span><span class=\"t\" lang=\"zh-CN\">旧名称: </span><span class=\"t\" lang=\"zh-TW\">舊名稱: </span>Moved</td>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<tr id=\"301\""));
        Assert.Contains("<a href=\"HttpStatus.html\">HttpStatus</a>", File.ReadAllText(temp.File("index.html")));
    }

    [Fact]
    public async Task Importing_an_html_page_in_a_locale_it_lacks_names_the_locales_it_has()
    {
        using var temp = new TempFolder();
        await ToolRunner.RunAsync("docs", Path.Combine(RepoPaths.Definitions, "http.codes.yaml"), "--format", "html", "--locale", "en-US,zh-TW", "-o", temp.Path);

        var run = await ToolRunner.RunAsync("import", temp.File("HttpStatus.html"), "--locale", "zh-CN");
        var traditional = await ToolRunner.RunAsync("import", temp.File("HttpStatus.html"), "--locale", "zh-TW");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a page of the locales en-US, zh-TW and has no zh-CN texts. Import one of its locales.", run.Stderr);
        Assert.True(traditional.ExitCode == 0, traditional.ToString());
        Assert.Contains("      - code: 404\n        name: NotFound\n        title:\n          zh-TW: 找不到\n", traditional.Stdout);
        Assert.DoesNotContain("Not found", traditional.Stdout);
    }

    /// <summary>The same check as scripts/generate-docs.sh --check: the committed docs match the definitions.</summary>
    [Fact]
    public async Task Committed_docs_of_the_built_in_definitions_are_up_to_date()
    {
        using var temp = new TempFolder();

        var run = await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "--locale", "en-US", "--locale", "zh-CN", "--locale", "zh-TW", "-o", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Directory.GetFiles(temp.Path).Select(Path.GetFileName).OrderBy(f => f).ToList();
        var committed = Directory.GetFiles(RepoPaths.GeneratedDocs).Select(Path.GetFileName).OrderBy(f => f).ToList();
        Assert.Equal(expected, committed);
        foreach (var name in expected)
        {
            Assert.True(
                File.ReadAllText(temp.File(name!)) == File.ReadAllText(Path.Combine(RepoPaths.GeneratedDocs, name!)).Replace("\r\n", "\n"),
                "docs/definitions/" + name + " is stale; run scripts/generate-docs.sh.");
        }
    }
}

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>
/// The importer on documents of every shape the real source documents have, written for these
/// tests (Fixtures/): each imports into its approved, valid definition file, and importing it
/// again changes nothing.
/// </summary>
public class ImportFixtureTests
{
    public static readonly TheoryData<string, string> Fixtures = new()
    {
        { "codes-table.md", "zh-CN" },
        { "protocol-sections.md", "zh-CN" },
        { "protocol-sections.en.md", "en-US" },
        { "plain-lines.txt", "zh-CN" },
        { "span-table.html", "zh-CN" },
        { "zh-tw-lines.txt", "zh-TW" },
        { "api-status.html", "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Each_fixture_imports_into_its_approved_valid_definition_file(string fixture, string locale)
    {
        using var temp = new TempFolder();
        var output = temp.File("fixture.codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture(fixture), "--locale", locale, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Approval.Verify(RepoPaths.Approved(fixture), File.ReadAllText(output));
        var spec = DefinitionFiles.ParseValid(output);
        Assert.Equal(new[] { locale }, spec.Locales);
        Assert.All(spec.Sets.SelectMany(s => s.Codes), c => Assert.NotNull(c.Title.Get(locale)));
        var lint = await ToolRunner.RunAsync("lint", output);
        Assert.True(lint.ExitCode == 0, lint.ToString());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Importing_a_fixture_twice_changes_nothing(string fixture, string locale)
    {
        using var temp = new TempFolder();
        var output = temp.File("fixture.codes.yaml");
        var document = RepoPaths.Fixture(fixture);

        var first = await ToolRunner.RunAsync("import", document, "--locale", locale, "-o", output);
        var written = File.ReadAllBytes(output);
        var again = await ToolRunner.RunAsync("import", document, "--locale", locale);
        var merged = await ToolRunner.RunAsync("import", document, "--locale", locale, "--merge", output);

        Assert.True(first.ExitCode == 0 && again.ExitCode == 0 && merged.ExitCode == 0, first + "\n" + merged);
        Assert.Equal(written, System.Text.Encoding.UTF8.GetBytes(again.Stdout));
        Assert.Equal(written, File.ReadAllBytes(output));
        Assert.Contains("0 texts added or changed", merged.Stderr);
        Assert.Contains("is unchanged", merged.Stderr);
        Assert.DoesNotContain("not in the", merged.Stderr);
    }

    [Fact]
    public async Task Markdown_table_with_front_matter_skips_range_rows_and_unescapes_cells()
    {
        var (run, spec) = await ImportAsync("codes-table.md", "zh-CN");

        Assert.Equal(Notes("line 11: skipped '2XX', which is not a code.", "read 6 codes in 1 set (HttpStatus 6) from codes-table.md, texts in zh-CN."), Notes(run));
        var http = spec.Set("HttpStatus");
        Assert.Equal(new[] { 200, 201, 304, 404, 429, 503 }, http.Codes.Select(c => c.Code));
        Assert.Equal("未变化", http.Code(304).Title.Get("zh-CN"));
        Assert.Equal("资源自上次读取后没有修改，客户端可以继续使用缓存的副本 (无正文)", http.Code(304).Description.Get("zh-CN"));
        Assert.Equal("路径上没有可用的资源。可以先查看接口列表再重试", http.Code(404).Description.Get("zh-CN"));
        Assert.Equal("Code429", http.Code(429).Name);
    }

    [Fact]
    public async Task Protocol_sections_give_one_keyed_set_per_protocol_with_continuation_rows_and_multi_line_cells()
    {
        var (_, spec) = await ImportAsync("protocol-sections.md", "zh-CN");

        Assert.Equal("Probe", spec.Group);
        Assert.Equal(new[] { "HttpProbeStatus", "PingProbeStatus", "TcpProbeStatus", "DnsProbeStatus", "HttpStatus" }, spec.Sets.Select(s => s.Name));
        var http = spec.Set("HttpProbeStatus");
        Assert.Equal("HTTP", http.Key);
        Assert.Equal(new[] { 610, 611, 617 }, http.Codes.Select(c => c.Code));
        Assert.Equal("建立连接或握手超时", http.Code(610).Title.Get("zh-CN"));
        Assert.Equal("建立连接或握手超时。超时上限为20秒。", http.Code(610).Description.Get("zh-CN"));
        Assert.Equal("重定向次数超过上限。云主机节点最多跟随4次3XX重定向。运营商节点最多跟随1次3XX重定向。", http.Code(617).Description.Get("zh-CN"));
        Assert.Equal(new[] { 550, 610 }, spec.Set("PingProbeStatus").Codes.Select(c => c.Code));
        Assert.Equal("DNS", spec.Set("DnsProbeStatus").Key);
        Assert.Null(spec.Set("HttpStatus").Key);
        Assert.Equal("目标资源不存在，请检查地址。", spec.Set("HttpStatus").Code(404).Description.Get("zh-CN"));
    }

    [Fact]
    public async Task English_phrases_name_and_title_the_codes_of_an_English_document()
    {
        var (_, spec) = await ImportAsync("protocol-sections.en.md", "en-US");

        var http = spec.Set("HttpStatus");
        Assert.Equal("NotFound", http.Code(404).Name);
        Assert.Equal("Not Found", http.Code(404).Reason);
        Assert.Equal("Not Found", http.Code(404).Title.Get("en-US"));
        Assert.Equal("The server has no resource at this path.", http.Code(404).Description.Get("en-US"));
        Assert.Equal("RequestURITooLong", http.Code(414).Name);
        Assert.Equal("OK", http.Code(200).Name);
        Assert.Equal("The probe failed for another reason (see the probe log)", spec.Set("HttpProbeStatus").Code(611).Title.Get("en-US"));
        Assert.Equal("TCP", spec.Set("TcpProbeStatus").Key);
    }

    [Fact]
    public async Task Plain_lines_with_colons_dashes_and_bullets_are_codes_and_prose_numbers_are_not()
    {
        var (run, spec) = await ImportAsync("plain-lines.txt", "zh-CN");

        Assert.Equal(Notes("read 4 codes in 1 set (Status 4) from plain-lines.txt, texts in zh-CN."), Notes(run));
        var set = spec.Set("Status");
        Assert.Equal(new[] { 610, 611, 615, 703 }, set.Codes.Select(c => c.Code));
        Assert.Equal("无响应，发出的数据包在5秒内没有收到回复", set.Code(610).Title.Get("zh-CN"));
        Assert.Equal("响应内容与期望不一致", set.Code(615).Title.Get("zh-CN"));
        Assert.Equal("不允许探测内网地址", set.Code(703).Title.Get("zh-CN"));
    }

    [Fact]
    public async Task Html_spans_become_a_grid_and_entities_are_decoded()
    {
        var (run, spec) = await ImportAsync("span-table.html", "zh-CN");

        Assert.Equal(
            Notes(
                "line 6: skipped '邮件与文件传输', which is not a code.",
                "Pop3ProbeStatus: skipped code 703, which has no text.",
                "read 6 codes in 3 sets (SmtpProbeStatus 3, FtpProbeStatus 2, Pop3ProbeStatus 1) from span-table.html, texts in zh-CN."),
            Notes(run));
        var smtp = spec.Set("SmtpProbeStatus");
        Assert.Equal(new[] { 610, 611, 616 }, smtp.Codes.Select(c => c.Code));
        Assert.Equal("连接超时 (超过 15 秒)", smtp.Code(610).Title.Get("zh-CN"));
        Assert.Equal("登录前的握手失败，例如 <EHLO> 被拒绝", smtp.Code(611).Title.Get("zh-CN"));
        Assert.Equal("用户名 & 密码不被接受", smtp.Code(616).Title.Get("zh-CN"));
        Assert.Equal("登录失败…请核对账号", spec.Set("FtpProbeStatus").Code(616).Title.Get("zh-CN"));
        Assert.Equal("无法读取邮箱列表", spec.Set("Pop3ProbeStatus").Code(611).Title.Get("zh-CN"));
    }

    [Fact]
    public async Task A_zh_TW_list_reports_what_it_cannot_read_and_combines_every_mention_of_a_code()
    {
        var (run, spec) = await ImportAsync("zh-tw-lines.txt", "zh-TW");

        Assert.Equal(
            Notes("line 16: skipped '4O4', which is not a code.", "read 4 codes in 1 set (HttpStatus 4) from zh-tw-lines.txt, texts in zh-TW."),
            Notes(run));
        var http = spec.Set("HttpStatus");
        Assert.Equal(new[] { 200, 204, 408, 413 }, http.Codes.Select(c => c.Code));
        Assert.Equal("NoContent", http.Code(204).Name);
        Assert.Equal("沒有內容", http.Code(204).Title.Get("zh-TW"));
        Assert.Equal("伺服器已處理請求,回應中沒有本文,瀏覽器維持目前頁面。", http.Code(204).Description.Get("zh-TW"));
        Assert.Equal("RequestTimeOut", http.Code(408).Name);
        Assert.Equal("Request Time-out", http.Code(408).Reason);
    }

    [Fact]
    public async Task An_api_status_table_in_exported_html_uses_phrases_for_names_and_skips_placeholders()
    {
        var (_, spec) = await ImportAsync("api-status.html", "zh-CN");

        var http = spec.Set("HttpStatus");
        Assert.Equal(new[] { 200, 400, 403, 409, 500, 504 }, http.Codes.Select(c => c.Code));
        Assert.Equal("Code200", http.Code(200).Name);
        Assert.Equal("GatewayTimeout", http.Code(504).Name);
        Assert.Equal("Gateway Timeout", http.Code(504).Reason);
        Assert.Equal("调用方没有访问该接口的权限", http.Code(403).Title.Get("zh-CN"));
    }

    [Fact]
    public async Task Html_entities_without_a_semicolon_decode_as_a_browser_decodes_them()
    {
        using var temp = new TempFolder();
        var document = temp.Write("legacy.html", "<table><tr><th>Code<th>Title<tr><td>404<td>Salt &amp pepper&nbspmissing &copy 2024</table>");

        var run = await ToolRunner.RunAsync("import", document, "--locale", "en-US");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("          en-US: Salt & pepper missing © 2024\n", run.Stdout);
    }

    [Fact]
    public async Task A_setext_heading_names_the_set_and_its_paragraph_is_the_summary()
    {
        using var temp = new TempFolder();
        var document = temp.Write("setext.md", "PaymentStatus\n=============\n\nWhat a payment can come back with.\n\n| Code | Title |\n| --- | --- |\n| 1 | Approved |\n| 2 | Declined |\n");

        var run = await ToolRunner.RunAsync("import", document, "--locale", "en-US");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# Imported from setext.md by `statuscodes import` (en-US).\nlocales: [en-US]\nsets:\n  - name: PaymentStatus\n    summary:\n      en-US: What a payment can come back with.\n", run.Stdout);
    }

    private static async Task<(ToolRun Run, StatusCodes.Definitions.Specs.DefinitionFileSpec Spec)> ImportAsync(string fixture, string locale)
    {
        using var temp = new TempFolder();
        var output = temp.File("fixture.codes.yaml");
        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture(fixture), "--locale", locale, "-o", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        return (run, DefinitionFiles.ParseValid(output));
    }

    /// <summary>What the importer told the user, less the line naming the temporary output file.</summary>
    private static string[] Notes(ToolRun run)
        => run.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("statuscodes import: wrote ", System.StringComparison.Ordinal)).ToArray();

    private static string[] Notes(params string[] notes) => notes.Select(n => "statuscodes import: " + n).ToArray();
}

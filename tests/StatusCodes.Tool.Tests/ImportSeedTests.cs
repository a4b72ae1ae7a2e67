using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>
/// The five source documents in ../shared/seeds (outside the repository): each imports without
/// manual edits, and importing it again changes nothing. Skipped where they are absent; the
/// fixture tests cover every shape they have.
/// </summary>
public class ImportSeedTests
{
    public static readonly TheoryData<string, string, string> Seeds = new()
    {
        { "000", "zh-CN", "HttpProbeStatus PingProbeStatus TcpProbeStatus UdpProbeStatus DnsProbeStatus SmtpProbeStatus Pop3ProbeStatus FtpProbeStatus HttpStatus" },
        { "001", "en-US", "HttpProbeStatus PingProbeStatus TcpProbeStatus UdpProbeStatus DnsProbeStatus SmtpProbeStatus Pop3ProbeStatus FtpProbeStatus HttpStatus" },
        { "002", "zh-CN", "HttpStatus" },
        { "003", "zh-TW", "HttpStatus" },
        { "004", "zh-CN", "HttpStatus" },
    };

    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public async Task Each_seed_imports_into_a_valid_definition_file(string seed, string locale, string sets)
    {
        using var temp = new TempFolder();
        var output = temp.File(seed + ".codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed(seed), "--locale", locale, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var spec = DefinitionFiles.ParseValid(output);
        Assert.Equal(sets.Split(' '), spec.Sets.Select(s => s.Name));
        Assert.Equal(new[] { locale }, spec.Locales);
        Assert.All(spec.Sets.SelectMany(s => s.Codes), c => Assert.NotNull(c.Title.Get(locale)));

        var lint = await ToolRunner.RunAsync("lint", output);
        Assert.True(lint.ExitCode == 0, lint.ToString());
    }

    /// <summary>
    /// What each seed imports to, held as a hash of the output (the repository keeps no copy of
    /// the documents' texts): a change to the readers that changes a seed's import fails here, and
    /// an intended change is approved with UPDATE_SNAPSHOTS=1 in the same commit.
    /// </summary>
    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public async Task Each_seed_imports_to_its_approved_output(string seed, string locale, string sets)
    {
        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed(seed), "--locale", locale);

        Assert.True(run.ExitCode == 0, run.ToString());
        var hash = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(run.Stdout + "\n--- notes ---\n" + run.Stderr)));
        Approval.Verify(RepoPaths.Approved("seed-" + seed).Replace(".codes.yaml", ".sha256", System.StringComparison.Ordinal), hash + "  " + sets.Split(' ').Length + " sets\n");
    }

    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public async Task Importing_a_seed_twice_changes_nothing(string seed, string locale, string sets)
    {
        using var temp = new TempFolder();
        var output = temp.File("seed.codes.yaml");
        var document = RepoPaths.Seed(seed);

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
        Assert.NotEmpty(sets);
    }

    [SeedTheory]
    [InlineData("000", "zh-CN", "GB18030", null)]
    [InlineData("002", "zh-CN", "GB18030", "gb18030")]
    [InlineData("003", "zh-TW", "big5", "big5")]
    [InlineData("000", "zh-CN", "utf-16", null)]
    public Task A_seed_saved_in_another_encoding_imports_exactly_like_its_utf8_copy(string seed, string locale, string encoding, string? named)
        => EncodingTests.ImportsLikeItsUtf8CopyAsync(RepoPaths.Seed(seed), locale, encoding, named);

    [SeedFact]
    public async Task Protocol_table_gives_one_keyed_set_per_protocol_with_continuation_rows_and_multi_line_cells()
    {
        using var temp = new TempFolder();
        var output = temp.File("probe.codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed("000"), "--locale", "zh-CN", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var spec = DefinitionFiles.ParseValid(output);
        Assert.Equal("Probe", spec.Group);
        var http = spec.Set("HttpProbeStatus");
        Assert.Equal("HTTP", http.Key);
        Assert.Equal(new[] { 610, 611, 613, 615, 616, 617, 703 }, http.Codes.Select(c => c.Code));
        Assert.Equal("连接或SSL证书交换超时", http.Code(610).Title.Get("zh-CN"));
        Assert.Equal("连接或SSL证书交换超时。超时时间为30秒。", http.Code(610).Description.Get("zh-CN"));
        Assert.Equal(
            "超过最大跳转次数。ECS探测点允许的3XX重定向最大跳转次数为5次。运营商探测点允许的3XX重定向最大跳转次数为2次。",
            http.Code(617).Description.Get("zh-CN"));
        Assert.Equal("禁止对服务器进行内网探测。内网探测可以使用创建站点监控。", http.Code(703).Description.Get("zh-CN"));
        Assert.Equal(new[] { 550, 610, 611, 615, 703 }, spec.Set("UdpProbeStatus").Codes.Select(c => c.Code));
        Assert.Equal("POP3", spec.Set("Pop3ProbeStatus").Key);
        Assert.Equal("Code404", spec.Set("HttpStatus").Code(404).Name);
        Assert.Equal("未找到", spec.Set("HttpStatus").Code(404).Title.Get("zh-CN"));
        Assert.Equal("服务器找不到请求的网页。例如，如果请求针对服务器上不存在的网页，则服务器通常会返回此代码。", spec.Set("HttpStatus").Code(404).Description.Get("zh-CN"));
    }

    [SeedFact]
    public async Task English_phrases_name_the_codes_and_title_them_in_an_English_document()
    {
        using var temp = new TempFolder();
        var output = temp.File("en.codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed("001"), "--locale", "en-US", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var http = DefinitionFiles.ParseValid(output).Set("HttpStatus");
        var notFound = http.Code(404);
        Assert.Equal("NotFound", notFound.Name);
        Assert.Equal("Not Found", notFound.Reason);
        Assert.Equal("Not Found", notFound.Title.Get("en-US"));
        Assert.StartsWith("The status code returned because the server cannot find the requested web page.", notFound.Description.Get("en-US"));
        Assert.Equal("RequestURITooLong", http.Code(414).Name);
        Assert.Equal("HTTPVersionNotSupported", http.Code(505).Name);
        var escaped = DefinitionFiles.ParseValid(output).Set("HttpProbeStatus").Code(610).Description.Get("en-US");
        Assert.Contains("Secure Sockets Layer (SSL) certificate", escaped);
    }

    [SeedFact]
    public async Task Markdown_with_front_matter_skips_range_rows_and_prose_headings()
    {
        using var temp = new TempFolder();
        var output = temp.File("002.codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed("002"), "--locale", "zh-CN", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("skipped '3XX', which is not a code.", run.Stderr);
        var http = DefinitionFiles.ParseValid(output).Set("HttpStatus");
        Assert.Equal(32, http.Codes.Count);
        Assert.Equal("多种选择", http.Code(300).Title.Get("zh-CN"));
        Assert.Contains("服务器可根据请求者 (User agent) 来选择一项操作", http.Code(300).Description.Get("zh-CN"));
    }

    [SeedFact]
    public async Task Plain_lines_combine_every_mention_of_a_code()
    {
        using var temp = new TempFolder();
        var output = temp.File("003.codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed("003"), "--locale", "zh-TW", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var http = DefinitionFiles.ParseValid(output).Set("HttpStatus");
        var cont = http.Code(100);
        Assert.Equal("Continue", cont.Name);
        Assert.Equal("繼續", cont.Title.Get("zh-TW"));
        Assert.StartsWith("用戶端應當繼續發送請求。這個臨時響應", cont.Description.Get("zh-TW"));
        Assert.Equal("請求成功", http.Code(200).Title.Get("zh-TW"));
        Assert.Equal("RequestTimeOut", http.Code(408).Name);
        Assert.Equal("Request Time-out", http.Code(408).Reason);
        Assert.Equal("Code102", http.Code(102).Name);
        Assert.Single(http.Codes, c => c.Code == 422);
        Assert.DoesNotContain(http.Codes, c => c.Code < 100);
    }

    [SeedFact]
    public async Task Html_table_with_placeholder_phrases_uses_code_names()
    {
        using var temp = new TempFolder();
        var output = temp.File("004.codes.yaml");

        var run = await ToolRunner.RunAsync("import", RepoPaths.Seed("004"), "--locale", "zh-CN", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var http = DefinitionFiles.ParseValid(output).Set("HttpStatus");
        Assert.Equal(new[] { 200, 204, 400, 401, 403, 404, 405, 406, 407, 408, 409, 500, 501, 502, 503, 504 }, http.Codes.Select(c => c.Code));
        Assert.Equal("Code200", http.Code(200).Name);
        Assert.Equal("GatewayTimeout", http.Code(504).Name);
        Assert.Equal("服务器无法找到被请求的页面", http.Code(404).Title.Get("zh-CN"));
        Assert.Equal("用户必须首先使用代理服务器进行验证，这样请求才会被处理", http.Code(407).Title.Get("zh-CN"));
    }
}

using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>Every error is problem details with title, detail and type from HttpStatus, in the request's language.</summary>
public sealed class ProblemDetailsTests
{
    private const string Problem = "application/problem+json";
    private const string NotFoundType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
    private const string NotFoundEn = "The server cannot find the requested resource, or does not want to reveal that it exists.";
    private const string NotFoundZhCN = "服务器找不到所请求的资源，或不愿透露该资源是否存在。";
    private const string NotFoundZhTW = "伺服器找不到所請求的資源，或不願透露該資源是否存在。";

    [Theory]
    [InlineData("en-US", "Not found", NotFoundEn)]
    [InlineData("zh-CN", "未找到", NotFoundZhCN)]
    [InlineData("zh-TW", "找不到", NotFoundZhTW)]
    [InlineData("zh-HK", "找不到", NotFoundZhTW)]
    [InlineData("fr-FR", "Not found", NotFoundEn)]
    [InlineData(null, "Not found", NotFoundEn)]
    public async Task Unknown_route_is_a_localized_404(string? acceptLanguage, string title, string detail)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/no/such/route", acceptLanguage);

        await JsonAssert.ResponseAsync(response, 404, Problem, $$"""
            { "type": "{{NotFoundType}}", "title": "{{title}}", "status": 404, "detail": "{{detail}}" }
            """);
    }

    [Fact]
    public async Task Unknown_protocol_is_a_404_that_lists_the_protocols()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/GOPHER/610", "zh-CN");

        await JsonAssert.ResponseAsync(response, 404, Problem, $$"""
            {
              "type": "{{NotFoundType}}", "title": "未找到", "status": 404, "detail": "{{NotFoundZhCN}}",
              "protocol": "GOPHER", "protocols": ["HTTP", "PING", "TCP", "UDP", "DNS", "SMTP", "POP3", "FTP"]
            }
            """);
    }

    [Fact]
    public async Task Unknown_probe_code_is_a_404_naming_protocol_and_code()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/ping/999", "zh-TW");

        await JsonAssert.ResponseAsync(response, 404, Problem, $$"""
            { "type": "{{NotFoundType}}", "title": "找不到", "status": 404, "detail": "{{NotFoundZhTW}}", "protocol": "PING", "code": 999 }
            """);
    }

    [Fact]
    public async Task Unknown_http_status_code_is_a_404_naming_the_code()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/status/799");

        await JsonAssert.ResponseAsync(response, 404, Problem, $$"""
            { "type": "{{NotFoundType}}", "title": "Not found", "status": 404, "detail": "{{NotFoundEn}}", "code": 799 }
            """);
    }

    [Theory]
    [InlineData("culture", "abc!!")]
    [InlineData("ui-culture", "zz-ZZ-ZZ")]
    [InlineData("culture", "en_US\u0001")]
    public async Task Malformed_query_culture_is_a_400_in_the_header_language(string key, string value)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/PING/610?" + key + "=" + System.Uri.EscapeDataString(value), "zh-TW");

        await JsonAssert.ResponseAsync(response, 400, Problem, $$"""
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
              "title": "錯誤的請求",
              "status": 400,
              "detail": "由於用戶端錯誤（例如語法格式有誤或參數無效），伺服器無法或不願處理此請求。",
              "{{key}}": {{System.Text.Json.JsonSerializer.Serialize(value)}}
            }
            """);
    }

    [Fact]
    public async Task Malformed_accept_language_is_ignored_and_a_real_unsupported_query_culture_falls_back()
    {
        await using var app = await RunningApp.StartAsync();

        using var header = await app.GetAsync("/probe/PING/610", "!!, ;q=x");
        using var query = await app.GetAsync("/probe/PING/610?culture=fr-FR", "zh-TW");

        Assert.Equal(200, (int)header.StatusCode);
        Assert.Contains("\"culture\":\"en-US\"", await header.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
        Assert.Equal(200, (int)query.StatusCode);

        // The query's culture is valid but unsupported, so it is skipped for the header's.
        Assert.Contains("\"culture\":\"zh-TW\"", await query.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_method_is_a_localized_405()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.SendAsync(HttpMethod.Post, "/status/404", "zh-CN");

        await JsonAssert.ResponseAsync(response, 405, Problem, """
            {
              "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
              "title": "方法不允许",
              "status": 405,
              "detail": "目标资源不支持请求中使用的方法。响应中包含 Allow 标头，列出该资源支持的方法。"
            }
            """);
        Assert.Equal("GET", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task An_HttpClient_caller_reads_the_same_texts_with_the_generated_response_helpers()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/no/such/route", "zh-TW");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // The client side of the same generated code: HttpResponseMessage and HttpStatusCode helpers.
        Assert.True(response.IsClientError());
        Assert.Equal(body["title"]!.GetValue<string>(), response.GetTitle(StatusLocale.ZhTW));
        Assert.Equal(body["detail"]!.GetValue<string>(), response.StatusCode.GetDescription(System.Globalization.CultureInfo.GetCultureInfo("zh-HK")));
        Assert.Equal(body["type"]!.GetValue<string>(), HttpStatusExtensions.FromHttpStatusCode(response.StatusCode).GetReference());
    }
}

using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>The request's language, from <c>Accept-Language</c> or <c>?culture=</c>, picks the texts.</summary>
public sealed class LocalizationTests
{
    private const string Json = "application/json";

    [Theory]
    [InlineData("en-US", "No response", "The network is stable, but none of the packets sent received a response within 2 seconds.", "en-US", "en-US")]
    [InlineData("zh-CN", "无响应", "网络稳定，但发出的所有包在 2 秒内均无响应。", "zh-CN", "zh-CN")]
    [InlineData("zh-TW", "無回應", "網路穩定，但送出的所有封包在 2 秒內均無回應。", "zh-TW", "zh-TW")]
    [InlineData("zh-HK", "無回應", "網路穩定，但送出的所有封包在 2 秒內均無回應。", "zh-TW", "zh-HK")]
    [InlineData("fr-FR", "No response", "The network is stable, but none of the packets sent received a response within 2 seconds.", "en-US", "en-US")]
    [InlineData(null, "No response", "The network is stable, but none of the packets sent received a response within 2 seconds.", "en-US", "en-US")]
    public async Task Probe_result_is_in_the_accept_language(string? acceptLanguage, string title, string description, string locale, string culture)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/PING/610", acceptLanguage);

        await JsonAssert.ResponseAsync(response, 200, Json, $$"""
            {
              "protocol": "PING",
              "code": 610,
              "title": "{{title}}",
              "description": "{{description}}",
              "locale": "{{locale}}",
              "culture": "{{culture}}"
            }
            """);
    }

    [Fact]
    public async Task Query_culture_wins_over_the_header_and_keys_match_ignoring_case()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/ping/610?culture=zh-TW", "en-US");

        await JsonAssert.ResponseAsync(response, 200, Json, """
            { "protocol": "PING", "code": 610, "title": "無回應", "description": "網路穩定，但送出的所有封包在 2 秒內均無回應。", "locale": "zh-TW", "culture": "zh-TW" }
            """);
    }

    [Fact]
    public async Task A_language_weighted_list_picks_the_first_supported_culture()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/PING/610", "fr-FR, zh-HK;q=0.8, en;q=0.5");

        await JsonAssert.ResponseAsync(response, 200, Json, """
            { "protocol": "PING", "code": 610, "title": "無回應", "description": "網路穩定，但送出的所有封包在 2 秒內均無回應。", "locale": "zh-TW", "culture": "zh-HK" }
            """);
    }

    [Fact]
    public async Task Http_probe_codes_it_does_not_define_resolve_through_HttpStatus()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/probe/HTTP/503", "zh-CN");

        await JsonAssert.ResponseAsync(response, 200, Json, """
            { "protocol": "HTTP", "code": 503, "title": "服务不可用", "description": "服务器暂时无法处理请求，例如由于过载或停机维护。响应中可用 Retry-After 标头说明何时重试。", "locale": "zh-CN", "culture": "zh-CN" }
            """);
    }

    [Theory]
    [InlineData("en-US", "Not found", "The server cannot find the requested resource, or does not want to reveal that it exists.", "en-US", "en-US")]
    [InlineData("zh-CN", "未找到", "服务器找不到所请求的资源，或不愿透露该资源是否存在。", "zh-CN", "zh-CN")]
    [InlineData("zh-TW", "找不到", "伺服器找不到所請求的資源，或不願透露該資源是否存在。", "zh-TW", "zh-TW")]
    [InlineData("zh-HK", "找不到", "伺服器找不到所請求的資源，或不願透露該資源是否存在。", "zh-TW", "zh-HK")]
    [InlineData("fr-FR", "Not found", "The server cannot find the requested resource, or does not want to reveal that it exists.", "en-US", "en-US")]
    [InlineData(null, "Not found", "The server cannot find the requested resource, or does not want to reveal that it exists.", "en-US", "en-US")]
    public async Task Status_is_written_from_the_utf8_members_in_the_accept_language(string? acceptLanguage, string title, string description, string locale, string culture)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.GetAsync("/status/404", acceptLanguage);

        await JsonAssert.ResponseAsync(response, 200, Json, $$"""
            {
              "code": 404,
              "name": "NotFound",
              "reasonPhrase": "Not Found",
              "title": "{{title}}",
              "description": "{{description}}",
              "category": "ClientError",
              "reference": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
              "locale": "{{locale}}",
              "culture": "{{culture}}"
            }
            """);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }
}

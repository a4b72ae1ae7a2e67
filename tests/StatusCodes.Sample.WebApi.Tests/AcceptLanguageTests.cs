using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>
/// Without request localization the language comes from <c>Accept-Language</c>: quality values, then
/// the tag, its parents and aliases; a malformed header never fails the request.
/// </summary>
public sealed class AcceptLanguageTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-tw", "zh-TW")]
    [InlineData("fr;q=0.9, zh-HK;q=0.8", "zh-TW")]
    [InlineData("zh-CN;q=0.5, zh-TW", "zh-TW")]
    [InlineData("zh-TW;q=0.5, zh-CN;q=0.5", "zh-TW")]
    [InlineData("zh-Hant-HK", "zh-TW")]
    [InlineData("zh-Hans-SG", "zh-CN")]
    [InlineData("zh-MO", "zh-TW")]
    [InlineData("en-GB, zh-CN;q=0.9", "en-US")]
    [InlineData("de-DE, fr;q=0.8", "en-US")]
    [InlineData("*, zh-CN;q=0.1", "zh-CN")]
    [InlineData("zh-CN;q=0, zh-TW;q=0.001", "zh-TW")]
    public async Task The_best_entry_the_definitions_have_texts_for_wins(string acceptLanguage, string locale)
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With());
        using var response = await app.GetAsync("/no/such/route", acceptLanguage);
        await ProblemAssert.LocalizedAsync(response, 404, locale);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!!, ;q=x")]
    [InlineData("zh-CN;q=abc")]
    [InlineData("zh-CN;q=2")]
    [InlineData("zh-CN;q=-1")]
    [InlineData("zh-CN;q=")]
    [InlineData("-zh")]
    [InlineData("zh_CN")]
    [InlineData(",,,;;;===")]
    [InlineData("zh-CN-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_header_with_nothing_usable_gives_the_default_locale(string? acceptLanguage)
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With());
        using var response = await app.GetAsync("/no/such/route", acceptLanguage);
        await ProblemAssert.LocalizedAsync(response, 404, "en-US");
    }

    [Fact]
    public async Task A_malformed_entry_is_skipped_and_the_next_one_used()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With());
        using var response = await app.GetAsync("/orders/fail", "zh-CN;q=abc, zh_TW, zh-TW;q=0.3");
        await ProblemAssert.LocalizedAsync(response, 500, "zh-TW");
    }

    [Fact]
    public async Task An_existing_Vary_keeps_its_values()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(services: s => s.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.HttpContext.Response.Headers.Vary = "Origin")));
        using var response = await app.GetAsync("/no/such/route", "zh-CN");
        await ProblemAssert.LocalizedAsync(response, 404, "zh-CN");
        Assert.Equal(new[] { "Origin", "Accept-Language" }, response.Headers.Vary);
    }
}

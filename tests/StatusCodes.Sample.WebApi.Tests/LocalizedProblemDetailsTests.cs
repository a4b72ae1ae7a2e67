using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>
/// Every kind of problem details response ASP.NET Core writes, in the sample app (request
/// localization picks the language): texts in the request's language wherever the app gave none,
/// the app's own title or detail kept.
/// </summary>
public sealed class LocalizedProblemDetailsTests
{
    public static TheoryData<string> Locales => new() { "en-US", "zh-CN", "zh-TW" };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Unknown_route(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/no/such/route", locale);
        await ProblemAssert.LocalizedAsync(response, 404, locale);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Wrong_method(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.SendAsync(HttpMethod.Put, "/orders/7", locale);
        await ProblemAssert.LocalizedAsync(response, 405, locale);
        Assert.Equal("DELETE,GET", string.Join(",", response.Content.Headers.Allow));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Unhandled_exception(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/orders/fail", locale);
        await ProblemAssert.LocalizedAsync(response, 500, locale);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Results_Problem_keeps_the_app_detail(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/orders/7", locale);
        await ProblemAssert.LocalizedAsync(response, 404, locale, detail: "Order 7 was not found.");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Results_Problem_keeps_the_app_title(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/orders/0", locale);
        await ProblemAssert.LocalizedAsync(response, 400, locale, title: "Order numbers start at 1");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task TypedResults_Problem(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.SendAsync(HttpMethod.Delete, "/orders/7", locale);
        await ProblemAssert.LocalizedAsync(response, 409, locale);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task ValidationProblem_gets_a_localized_title(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.PostJsonAsync("/orders", """{ "id": 1, "callback": "ftp://shop.example/", "lastDelivery": 200 }""", locale);
        await ProblemAssert.LocalizedAsync(response, 400, locale, members: """, "errors": { "callback": ["The callback must be an absolute http or https URL."] }""");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Mvc_NotFound(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var found = await app.GetAsync("/mvc/orders/42", locale);
        using var response = await app.GetAsync("/mvc/orders/7", locale);

        // The controller answers: the known order is found, so the 404 is its NotFound().
        Assert.Equal(200, (int)found.StatusCode);
        await ProblemAssert.LocalizedAsync(response, 404, locale);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Mvc_Problem_keeps_the_app_detail(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/mvc/orders/7/invoice", locale);
        await ProblemAssert.LocalizedAsync(response, 404, locale, detail: "Order 7 has no invoice yet.");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Mvc_model_validation(string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.PostJsonAsync("/mvc/orders", "{}", locale);
        await ProblemAssert.LocalizedAsync(response, 400, locale, members: """, "errors": { "Callback": ["The Callback field is required."] }""");
    }

    [Theory]
    [InlineData("/orders/7?culture=zh-TW", "zh-CN", "zh-TW")]
    [InlineData("/orders/7?culture=fr-FR", "zh-CN", "zh-CN")]
    [InlineData("/orders/7", "zh-HK", "zh-TW")]
    public async Task Request_localization_chooses_when_the_app_uses_it(string path, string acceptLanguage, string locale)
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync(path, acceptLanguage);
        await ProblemAssert.LocalizedAsync(response, 404, locale, detail: "Order 7 was not found.");
    }

    [Fact]
    public async Task A_success_carries_no_content_language()
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/orders/42", "zh-TW");

        await JsonAssert.ResponseAsync(response, 200, "application/json", """{ "id": 42, "callback": "https://shop.example/hooks/42", "lastDelivery": 202 }""");
        Assert.Empty(response.Content.Headers.ContentLanguage);
    }
}

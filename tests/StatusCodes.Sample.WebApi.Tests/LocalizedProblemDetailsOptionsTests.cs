using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>The options of <c>AddLocalizedProblemDetails</c>, and the app's own customization beside it.</summary>
public sealed class LocalizedProblemDetailsOptionsTests
{
    [Fact]
    public async Task Fields_can_be_left_out()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(o => { o.FillDetail = false; o.FillType = false; }));
        using var response = await app.GetAsync("/no/such/route", "zh-CN");

        // What ASP.NET Core writes itself stays: its type and no detail.
        await JsonAssert.ResponseAsync(response, 404, Texts.Problem, """
            { "type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "未找到", "status": 404 }
            """);
        Assert.Equal(new[] { "zh-CN" }, response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task Nothing_filled_means_no_content_language()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(o => { o.FillTitle = false; o.FillDetail = false; }));
        using var response = await app.GetAsync("/no/such/route", "zh-CN");

        await JsonAssert.ResponseAsync(response, 404, Texts.Problem, """
            { "type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", "title": "Not Found", "status": 404 }
            """);
        Assert.Empty(response.Content.Headers.ContentLanguage);
        Assert.DoesNotContain("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task App_texts_can_be_overwritten()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(o => o.OverwriteAppTexts = true));
        using var response = await app.GetAsync("/orders/0", "zh-TW");
        await ProblemAssert.LocalizedAsync(response, 400, "zh-TW");
    }

    [Fact]
    public async Task The_hook_adds_extension_members_with_the_locale()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(o => o.Extend = (context, locale) => context.ProblemDetails.Extensions["locale"] = locale.GetName()));
        using var response = await app.GetAsync("/no/such/route", "zh-HK");
        await ProblemAssert.LocalizedAsync(response, 404, "zh-TW", members: """, "locale": "zh-TW" """);
    }

    [Fact]
    public async Task The_app_customization_runs_first_and_its_texts_are_kept()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(services: s => s.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Detail = "Ask the shop.")));
        using var response = await app.GetAsync("/orders/fail", "zh-CN");
        await ProblemAssert.LocalizedAsync(response, 500, "zh-CN", detail: "Ask the shop.");
    }

    [Fact]
    public async Task Options_configured_later_count_too()
    {
        await using var app = await RunningApp.StartAsync(PlainApp.With(services: s => s.Configure<LocalizedProblemDetailsOptions>(o => o.FillTitle = false)));
        using var response = await app.GetAsync("/no/such/route", "zh-CN");
        await JsonAssert.ResponseAsync(response, 404, Texts.Problem, $$"""
            { "type": "{{Texts.Type(404)}}", "title": "Not Found", "status": 404, "detail": "{{Texts.Detail(404, "zh-CN")}}" }
            """);
    }
}

using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>
/// ASP.NET Core's own English type and title, for every code it has them for, count as not supplied:
/// each is replaced. The codes are read from the framework this test runs on.
/// </summary>
public sealed class FrameworkDefaultsTests
{
    /// <summary>The codes of the framework's <c>ProblemDetailsDefaults.Defaults</c>, with their type and title.</summary>
    private static Dictionary<int, (string Type, string Title)> MinimalApiDefaults()
    {
        var type = typeof(ProblemDetailsOptions).Assembly.GetType("Microsoft.AspNetCore.Http.ProblemDetailsDefaults", throwOnError: true)!;
        var table = (IDictionary)type.GetField("Defaults", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var result = new Dictionary<int, (string, string)>();
        foreach (DictionaryEntry entry in table)
        {
            var value = (ITuple)entry.Value!;
            result.Add((int)entry.Key, ((string)value[0]!, (string)value[1]!));
        }

        return result;
    }

    [Fact]
    public void Mvc_client_error_mapping_is_the_same_table()
    {
        var services = new ServiceCollection();
        services.AddControllers();
        using var provider = services.BuildServiceProvider();
        var mvc = provider.GetRequiredService<IOptions<ApiBehaviorOptions>>().Value.ClientErrorMapping
            .ToDictionary(e => e.Key, e => (e.Value.Link!, e.Value.Title!));

        Assert.Equal(MinimalApiDefaults().OrderBy(e => e.Key), mvc.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Every_framework_default_is_replaced()
    {
        var defaults = MinimalApiDefaults();
        Assert.True(defaults.Count >= 20, "The framework's table was not read.");
        await using var app = await RunningApp.StartAsync(PlainApp.With());

        foreach (var (code, (type, title)) in defaults)
        {
            using var response = await app.GetAsync("/problem/" + code, "zh-TW");
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var status = HttpStatusExtensions.FromCode(code);

            Assert.Equal(status.GetTitle(StatusLocale.ZhTW), body["title"]!.GetValue<string>());
            Assert.NotEqual(title, body["title"]!.GetValue<string>());
            Assert.Equal(status.GetDescription(StatusLocale.ZhTW), body["detail"]!.GetValue<string>());
            Assert.Equal(status.GetReference() ?? type, body["type"]!.GetValue<string>());
        }
    }
}

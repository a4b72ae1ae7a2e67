using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>The sample's <c>/openapi/v1.json</c>, with <c>AddStatusCodesSchemas</c>.</summary>
public sealed class OpenApiTests
{
    private static async Task<JsonNode> DocumentAsync()
    {
        await using var app = await RunningApp.StartAsync();
        using var response = await app.GetAsync("/openapi/v1.json", "zh-CN");
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task HttpStatus_schema_lists_every_value_with_its_name_code_and_title()
    {
        var schema = (await DocumentAsync())["components"]!["schemas"]!["HttpStatus"]!;

        var values = schema["enum"]!.AsArray().Select(v => v!.GetValue<int>()).ToList();
        var names = schema["x-enum-varnames"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        var descriptions = schema["x-enum-descriptions"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Equal("integer", schema["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusExtensions.GetValues().Select(v => (int)v), values);
        Assert.Equal(HttpStatusExtensions.GetNames(), names);
        Assert.Equal(values.Count, descriptions.Count);

        var notFound = values.IndexOf(404);
        Assert.Equal("NotFound", names[notFound]);
        Assert.Equal("404 Not found", descriptions[notFound]);
        Assert.Equal("418 I'm a teapot", descriptions[values.IndexOf(418)]);

        // Texts in the default locale, whatever the request's language.
        var description = schema["description"]!.GetValue<string>();
        Assert.StartsWith("- 100 Continue: Continue\n- 101 SwitchingProtocols: Switching protocols\n", description, System.StringComparison.Ordinal);
        Assert.Contains("\n- 404 NotFound: Not found\n", description, System.StringComparison.Ordinal);
        Assert.Equal(values.Count, description.Split('\n').Length);
    }

    [Fact]
    public async Task The_order_model_refers_to_the_HttpStatus_schema()
    {
        var order = (await DocumentAsync())["components"]!["schemas"]!["Order"]!;

        Assert.Equal("#/components/schemas/HttpStatus", order["properties"]!["lastDelivery"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Responses_get_titles_where_the_app_gave_no_description()
    {
        var paths = (await DocumentAsync())["paths"]!;

        Assert.Equal("Not found", paths["/orders/{id}"]!["get"]!["responses"]!["404"]!["description"]!.GetValue<string>());
        Assert.Equal("Bad request", paths["/orders"]!["post"]!["responses"]!["400"]!["description"]!.GetValue<string>());
        Assert.Equal("Created", paths["/orders"]!["post"]!["responses"]!["201"]!["description"]!.GetValue<string>());
        Assert.Equal("Not found", paths["/mvc/orders/{id}"]!["get"]!["responses"]!["404"]!["description"]!.GetValue<string>());
        Assert.Equal("The order, with its callback's last answer.", paths["/mvc/orders/{id}"]!["get"]!["responses"]!["200"]!["description"]!.GetValue<string>());
    }
}

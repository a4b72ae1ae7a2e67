using System.Net.Http;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>Exact JSON: the same members in the same order with the same values, whatever the white space and escaping.</summary>
internal static class JsonAssert
{
    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The response's status, media type and body. A problem details body must carry a non-empty
    /// <c>traceId</c>, which differs per request: it is checked, then left out of the comparison.
    /// </summary>
    public static async Task ResponseAsync(HttpResponseMessage response, int status, string mediaType, string expectedJson)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);

        var actual = JsonNode.Parse(body)!.AsObject();
        if (mediaType == "application/problem+json")
        {
            var traceId = actual["traceId"]?.GetValue<string>();
            Assert.False(string.IsNullOrEmpty(traceId), "traceId is missing: " + body);
            actual.Remove("traceId");
        }

        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(Canonical), actual.ToJsonString(Canonical));
    }
}

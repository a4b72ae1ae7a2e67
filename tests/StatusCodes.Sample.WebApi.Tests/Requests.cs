using System.Net.Http;
using System.Threading.Tasks;

namespace StatusCodesSample.WebApi.Tests;

internal static class Requests
{
    /// <summary>A GET with an optional <c>Accept-Language</c> header (null: none at all).</summary>
    public static Task<HttpResponseMessage> GetAsync(this RunningApp app, string path, string? acceptLanguage = null)
        => app.SendAsync(HttpMethod.Get, path, acceptLanguage);

    /// <summary>A POST of a JSON body.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this RunningApp app, string path, string json, string? acceptLanguage = null)
        => app.SendAsync(HttpMethod.Post, path, acceptLanguage, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<HttpResponseMessage> SendAsync(this RunningApp app, HttpMethod method, string path, string? acceptLanguage = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await app.Client.SendAsync(request);
    }
}

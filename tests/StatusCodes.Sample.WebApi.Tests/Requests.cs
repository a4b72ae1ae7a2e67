using System.Net.Http;
using System.Threading.Tasks;

namespace StatusCodesSample.WebApi.Tests;

internal static class Requests
{
    /// <summary>A GET with an optional <c>Accept-Language</c> header (null: none at all).</summary>
    public static Task<HttpResponseMessage> GetAsync(this RunningApp app, string path, string? acceptLanguage = null)
        => app.SendAsync(HttpMethod.Get, path, acceptLanguage);

    public static async Task<HttpResponseMessage> SendAsync(this RunningApp app, HttpMethod method, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await app.Client.SendAsync(request);
    }
}

using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>A localized problem details response: exact JSON, <c>Content-Language</c> and <c>Vary</c>.</summary>
internal static class ProblemAssert
{
    /// <summary>
    /// <paramref name="title"/> and <paramref name="detail"/> null: the code's texts in
    /// <paramref name="locale"/>. <paramref name="members"/>: more JSON members after <c>detail</c>,
    /// each with its leading comma.
    /// </summary>
    public static async Task LocalizedAsync(HttpResponseMessage response, int status, string locale, string? title = null, string? detail = null, string members = "")
    {
        static string json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
        await JsonAssert.ResponseAsync(response, status, Texts.Problem, $$"""
            {
              "type": "{{Texts.Type(status)}}",
              "title": {{json(title ?? Texts.Title(status, locale))}},
              "status": {{status}},
              "detail": {{json(detail ?? Texts.Detail(status, locale))}}{{members}}
            }
            """);
        Assert.Equal(new[] { locale }, response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }
}

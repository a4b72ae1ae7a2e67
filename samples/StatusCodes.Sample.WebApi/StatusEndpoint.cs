using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace StatusCodesSample.WebApi;

/// <summary>
/// <c>GET /status/{code}</c>: an HTTP status code in the request's language. Written straight to the
/// response with <see cref="Utf8JsonWriter"/> from the generated UTF-8 members, so no text is
/// transcoded from UTF-16 on the way out.
/// </summary>
internal static class StatusEndpoint
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task WriteAsync(HttpContext context, int code)
    {
        if (!HttpStatusExtensions.TryFromCode(code, out var status))
        {
            var extensions = new Dictionary<string, object?> { ["code"] = code };
            await TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, extensions: extensions).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var culture = RequestCultures.UICulture(context);
        var locale = context.GetStatusLocale();
        context.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteNumber("code"u8, code);
            writer.WriteString("name"u8, status.ToStringFast());
            writer.WriteString("reasonPhrase"u8, status.GetReasonPhraseUtf8());
            writer.WriteString("title"u8, status.GetTitleUtf8(locale));
            writer.WriteString("description"u8, status.GetDescriptionUtf8(locale));
            writer.WriteString("category"u8, status.GetCategory().ToStringFast());
            writer.WriteString("reference"u8, status.GetReference());
            writer.WriteString("locale"u8, locale.GetName());
            writer.WriteString("culture"u8, culture.Name);
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}

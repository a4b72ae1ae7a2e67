using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace StatusCodesSample.WebApi;

/// <summary>A site-monitoring probe result, in the request's language.</summary>
/// <param name="Protocol">The probe protocol as the definitions name it (<c>PING</c>).</param>
/// <param name="Code">The probe's status code.</param>
/// <param name="Title">The code's title.</param>
/// <param name="Description">The code's description.</param>
/// <param name="Locale">The locale the texts are in (<c>zh-TW</c> for a zh-HK request).</param>
/// <param name="Culture">The request's culture, as request localization chose it.</param>
internal sealed record ProbeResult(string Protocol, int Code, string Title, string Description, string Locale, string Culture);

/// <summary><c>GET /probe/{protocol}/{code}</c>: what a probe's status code means.</summary>
internal static class ProbeEndpoint
{
    public static Results<Ok<ProbeResult>, ProblemHttpResult> Describe(string protocol, int code, HttpContext context)
    {
        // Keys match ignoring case; answer with the definitions' spelling.
        var key = SiteMonitorCodes.Keys.FirstOrDefault(k => string.Equals(k, protocol, StringComparison.OrdinalIgnoreCase));
        if (key is null)
        {
            return NotFound(new Dictionary<string, object?> { ["protocol"] = protocol, ["protocols"] = SiteMonitorCodes.Keys });
        }

        var culture = RequestCultures.UICulture(context);
        var locale = context.GetStatusLocale();
        if (!SiteMonitorCodes.TryGetTitle(key, code, locale, out var title) || !SiteMonitorCodes.TryGetDescription(key, code, locale, out var description))
        {
            return NotFound(new Dictionary<string, object?> { ["protocol"] = key, ["code"] = code });
        }

        return TypedResults.Ok(new ProbeResult(key, code, title, description, locale.GetName(), culture.Name));
    }

    private static ProblemHttpResult NotFound(Dictionary<string, object?> extensions)
        => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, extensions: extensions);
}

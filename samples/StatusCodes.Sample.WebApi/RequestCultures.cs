using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace StatusCodesSample.WebApi;

/// <summary>Which culture a request is answered in: <c>?culture=</c> first, then <c>Accept-Language</c>, else en-US.</summary>
internal static class RequestCultures
{
    private static readonly string[] QueryKeys = { "culture", "ui-culture" };

    /// <summary>
    /// The cultures answered in their own right: the locales of the definitions (en-US, zh-CN, zh-TW)
    /// and the names the generated <c>StatusLocales</c> reads as one of them (en, zh, zh-Hans, zh-SG,
    /// zh-Hant, zh-HK, zh-MO). Listing the aliases keeps a zh-HK request zh-HK (answered with the zh-TW
    /// texts) instead of letting it fall back to the default; any other culture, such as fr-FR,
    /// falls back to its parent when that is listed (en-GB → en), else to the default, en-US.
    /// </summary>
    public static IList<CultureInfo> Supported { get; } = Enum.GetValues<StatusLocale>()
        .Select(locale => locale.GetName())
        .Concat(new[] { "en", "zh", "zh-Hans", "zh-SG", "zh-Hant", "zh-HK", "zh-MO" })
        .Where(name => StatusLocales.TryParse(name, out _))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(CultureInfo.GetCultureInfo)
        .ToList();

    public static void Configure(RequestLocalizationOptions options)
    {
        var defaultCulture = StatusLocales.Default.GetName();
        options.DefaultRequestCulture = new RequestCulture(defaultCulture);
        options.SupportedCultures = Supported;
        options.SupportedUICultures = Supported;
        options.RequestCultureProviders = new List<IRequestCultureProvider>
        {
            new QueryStringRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        };
    }

    /// <summary>
    /// A <c>?culture=</c> (or <c>?ui-culture=</c>) that is no culture name at all is the caller's
    /// mistake: 400 problem details, in the <c>Accept-Language</c> language, naming the value. A real
    /// culture the app does not support is no mistake and gets the default. A bad entry in
    /// <c>Accept-Language</c> is ignored, as HTTP allows, since browsers send what their users set.
    /// </summary>
    public static async Task RejectMalformedQueryCultureAsync(HttpContext context, RequestDelegate next)
    {
        foreach (var key in QueryKeys)
        {
            foreach (var name in context.Request.Query[key])
            {
                if (!string.IsNullOrWhiteSpace(name) && !IsCultureName(name))
                {
                    var extensions = new Dictionary<string, object?> { [key] = name };
                    await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, extensions: extensions).ExecuteAsync(context).ConfigureAwait(false);
                    return;
                }
            }
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The culture request localization chose, wherever in the pipeline the response is written.</summary>
    public static CultureInfo UICulture(HttpContext context)
        => context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;

    private static bool IsCultureName(string name)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}

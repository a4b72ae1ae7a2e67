using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace StatusCodesSample.WebApi;

/// <summary>
/// Fills every problem details response from the generated <c>HttpStatus</c>: <c>title</c> and
/// <c>detail</c> in the request's language, <c>type</c> from the code's reference link. The texts
/// always come from the definitions; what is specific to one error travels in extension members.
/// </summary>
internal static class LocalizedProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = (HttpStatus)(problem.Status ?? context.HttpContext.Response.StatusCode);
        var locale = StatusLocales.FromCulture(RequestUICulture(context.HttpContext));

        var title = status.GetTitle(locale);
        if (title.Length > 0)
        {
            problem.Title = title;
        }

        var detail = status.GetDescription(locale);
        if (detail.Length > 0)
        {
            problem.Detail = detail;
        }

        problem.Type = status.GetReference() ?? problem.Type;
    }

    /// <summary>The culture request localization chose, wherever in the pipeline the response is written.</summary>
    public static CultureInfo RequestUICulture(HttpContext context)
        => context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
}

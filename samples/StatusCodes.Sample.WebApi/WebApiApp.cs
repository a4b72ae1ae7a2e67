using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace StatusCodesSample.WebApi;

/// <summary>
/// The sample app: request localization picks the caller's language, every error is a problem
/// details response whose title, detail and type come from the generated <c>HttpStatus</c> in that
/// language, and two endpoints read the built-in definitions.
/// </summary>
internal static class WebApiApp
{
    /// <summary>Builds the app; <paramref name="args"/> are the usual ASP.NET Core command-line settings (<c>--urls</c>, ...).</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The app, configured and not yet started.</returns>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Chinese texts as they are, not as \uXXXX escapes (HTML-sensitive characters are still escaped).
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = LocalizedProblemDetails.Customize);
        builder.Services.Configure<RequestLocalizationOptions>(RequestCultures.Configure);

        var app = builder.Build();

        // Localization first, so that everything inside it, error responses included, sees the request's culture.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RequestCultures.RejectMalformedQueryCultureAsync);

        app.MapGet("/status/{code:int}", StatusEndpoint.WriteAsync);
        app.MapGet("/probe/{protocol}/{code:int}", ProbeEndpoint.Describe);
        return app;
    }
}

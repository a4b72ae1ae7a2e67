using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace StatusCodesSample.WebApi;

/// <summary>
/// The sample app: request localization picks the caller's language, and every error is a problem
/// details response whose title, detail and type come from the generated <c>HttpStatus</c> in that
/// language (<c>AddLocalizedProblemDetails</c>) wherever the endpoint did not set them. Two endpoints
/// read the built-in definitions; <c>/orders</c> and <c>/mvc/orders</c> show the kinds of errors.
/// </summary>
internal static class WebApiApp
{
    /// <summary>Builds the app; <paramref name="args"/> are the usual ASP.NET Core command-line settings (<c>--urls</c>, ...).</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The app, configured and not yet started.</returns>
    public static WebApplication Create(string[] args)
    {
        // The application name finds the controllers also when another program (a test host) starts the app.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebApiApp).Assembly.GetName().Name });

        // Chinese texts as they are, not as \uXXXX escapes (HTML-sensitive characters are still escaped).
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddLocalizedProblemDetails();
        builder.Services.AddControllers();
        builder.Services.AddOpenApi(options => options.AddStatusCodesSchemas());
        builder.Services.Configure<RequestLocalizationOptions>(RequestCultures.Configure);

        var app = builder.Build();

        // Localization first, so that everything inside it, error responses included, sees the request's culture.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RequestCultures.RejectMalformedQueryCultureAsync);

        app.MapGet("/status/{code:int}", StatusEndpoint.WriteAsync);
        app.MapGet("/probe/{protocol}/{code:int}", ProbeEndpoint.Describe);
        OrderEndpoints.Map(app);
        app.MapControllers();
        app.MapOpenApi();
        return app;
    }
}

using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>
/// The sample's endpoints in an app that has nothing but the one line: no request localization, so
/// the language comes from <c>Accept-Language</c> as <c>AddLocalizedProblemDetails</c> reads it.
/// </summary>
internal static class PlainApp
{
    public static Func<string[], WebApplication> With(Action<LocalizedProblemDetailsOptions>? configure = null, Action<IServiceCollection>? services = null) => args =>
    {
        var builder = WebApplication.CreateBuilder(args);
        services?.Invoke(builder.Services);
        builder.Services.AddLocalizedProblemDetails(configure);
        builder.Services.AddControllers().AddApplicationPart(typeof(WebApiApp).Assembly);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        OrderEndpoints.Map(app);
        app.MapGet("/problem/{code:int}", (int code) => TypedResults.Problem(statusCode: code));
        app.MapControllers();
        return app;
    };
}

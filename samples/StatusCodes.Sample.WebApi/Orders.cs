using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace StatusCodesSample.WebApi;

/// <summary>An order whose delivery callback the shop calls; <see cref="LastDelivery"/> is the callback's last answer.</summary>
/// <param name="Id">The order number.</param>
/// <param name="Callback">The absolute URL the shop calls when the order ships.</param>
/// <param name="LastDelivery">The HTTP status the callback last answered with.</param>
internal sealed record Order(int Id, Uri Callback, HttpStatus LastDelivery);

/// <summary>
/// <c>/orders</c>: a minimal API whose errors are problem details of every kind ASP.NET Core writes,
/// each filled in by <c>AddLocalizedProblemDetails</c> where the endpoint left a text out.
/// </summary>
internal static class OrderEndpoints
{
    private static readonly string[] CallbackErrors = { "The callback must be an absolute http or https URL." };

    /// <summary>The one order the sample knows.</summary>
    public static Order Known { get; } = new(42, new Uri("https://shop.example/hooks/42"), HttpStatus.Accepted);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id:int}", Get).Produces<Order>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/orders", Create);
        app.MapDelete("/orders/{id:int}", Delete);
        app.MapGet("/orders/fail", Fail);
    }

    /// <summary>The order, else <c>Results.Problem</c> with the app's own detail (a 404) or its own title (a 400).</summary>
    public static IResult Get(int id) => id switch
    {
        <= 0 => Results.Problem(title: "Order numbers start at 1", statusCode: StatusCodes.Status400BadRequest),
        42 => Results.Ok(Known),
        _ => Results.Problem(detail: "Order " + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " was not found.", statusCode: StatusCodes.Status404NotFound),
    };

    /// <summary>A callback that is no absolute http(s) URL is a validation problem.</summary>
    public static Results<Created<Order>, ValidationProblem> Create(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.Callback.IsAbsoluteUri || (order.Callback.Scheme != Uri.UriSchemeHttps && order.Callback.Scheme != Uri.UriSchemeHttp))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["callback"] = CallbackErrors });
        }

        return TypedResults.Created("/orders/" + order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), order);
    }

    /// <summary>A shipped order cannot be deleted: <c>TypedResults.Problem</c> with no texts at all.</summary>
    public static ProblemHttpResult Delete(int id) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict);

    /// <summary>An unhandled exception, which the exception handler turns into a 500.</summary>
    public static IResult Fail() => throw new InvalidOperationException("The order store is not reachable.");
}

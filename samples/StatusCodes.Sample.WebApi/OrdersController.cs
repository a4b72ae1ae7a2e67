using System;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace StatusCodesSample.WebApi;

/// <summary>A new order as the MVC endpoint accepts it; model validation rejects it with a validation problem.</summary>
[SuppressMessage("Maintainability", "CA1515", Justification = "The parameter of a public action.")]
public sealed class NewOrder
{
    /// <summary>The absolute URL the shop calls when the order ships.</summary>
    [Required]
    [Url]
    public string? Callback { get; set; }
}

/// <summary>
/// <c>/mvc/orders</c>: the same orders through an MVC controller, whose problem details come from
/// MVC's <c>ProblemDetailsFactory</c> and are filled in the same way.
/// </summary>
[SuppressMessage("Maintainability", "CA1515", Justification = "MVC discovers public controllers only.")]
[ApiController]
[Route("mvc/orders")]
public sealed class OrdersController : ControllerBase
{
    /// <summary>The order, else <c>NotFound()</c>, which MVC turns into problem details.</summary>
    /// <param name="id">The order number.</param>
    /// <returns>The order or a 404.</returns>
    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(Order), StatusCodes.Status200OK, Description = "The order, with its callback's last answer.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public IActionResult Get(int id) => id == OrderEndpoints.Known.Id ? Ok(OrderEndpoints.Known) : NotFound();

    /// <summary>An order's invoice: there is none yet, and the controller says so in its own words.</summary>
    /// <param name="id">The order number.</param>
    /// <returns>Always a 404 with the app's detail.</returns>
    [HttpGet("{id:int}/invoice")]
    public IActionResult Invoice(int id) => Problem(detail: "Order " + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " has no invoice yet.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Accepts a new order; an invalid one never reaches this method.</summary>
    /// <param name="order">The order.</param>
    /// <returns>202 Accepted.</returns>
    [HttpPost]
    public IActionResult Create(NewOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Accepted();
    }
}

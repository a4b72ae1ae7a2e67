using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Contoso.Payments;
using Microsoft.Extensions.Logging;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// Every path that turns a value into text through System.Enum gives the canonical name, because
/// older names are not enum members; the older names still read, and still compile (C# 14).
/// </summary>
public sealed class CanonicalNameTests
{
    [Fact]
    public void Enum_paths_give_the_canonical_name_of_every_http_code()
        => AssertCanonical(HttpStatusExtensions.GetValues(), v => v.ToStringFast(), HttpStatusExtensions.GetNames());

    [Fact]
    public void Enum_paths_give_the_canonical_name_of_every_payment_code()
        => AssertCanonical(PaymentStatusExtensions.GetValues(), v => v.ToStringFast(), PaymentStatusExtensions.GetNames());

    [Theory]
    [InlineData(301, "MovedPermanently")]
    [InlineData(302, "Found")]
    [InlineData(413, "ContentTooLarge")]
    [InlineData(414, "UriTooLong")]
    [InlineData(416, "RangeNotSatisfiable")]
    [InlineData(422, "UnprocessableContent")]
    public void The_codes_that_had_aliases_write_their_current_name(int code, string name)
    {
        var value = (HttpStatus)code;
        Assert.Equal(name, value.ToString());
        Assert.Equal(name, $"{value}");
        Assert.Equal(name, Enum.GetName(value));
        Assert.Equal("\"" + name + "\"", JsonSerializer.Serialize(value, new JsonSerializerOptions { Converters = { new JsonStringEnumConverter<HttpStatus>() } }));
    }

    [Fact]
    public void Structured_logging_writes_the_canonical_name()
    {
        var logger = new CapturingLogger();
        logger.LogInformation("Answered {Status}", HttpStatus.UnprocessableContent);

        Assert.Equal("Answered UnprocessableContent", logger.Messages.Single());
        Assert.Equal("UnprocessableContent", logger.Values.Single()?.ToString());
    }

    [Fact]
    public void Older_names_parse_ignoring_case_to_the_canonical_value()
    {
        Assert.True(HttpStatusExtensions.TryParse("unprocessableentity", out var parsed));
        Assert.Equal(HttpStatus.UnprocessableContent, parsed);
        Assert.True(PaymentStatusExtensions.TryParse("DECLINED", out var payment));
        Assert.Equal(PaymentStatus.CardDeclined, payment);
        Assert.False(Enum.TryParse<HttpStatus>("UnprocessableEntity", out _));
    }

    [Fact]
    public void From_csharp_14_an_older_name_compiles_as_an_obsolete_static_member_of_the_enum()
    {
#pragma warning disable CS0618 // The older names are obsolete on purpose.
        Assert.Equal(HttpStatus.UnprocessableContent, HttpStatus.UnprocessableEntity);
        Assert.Equal(HttpStatus.ContentTooLarge, HttpStatus.PayloadTooLarge);
        Assert.Equal(PaymentStatus.CardDeclined, PaymentStatus.Declined);
        Assert.Equal("UnprocessableContent", HttpStatus.UnprocessableEntity.ToString());
#pragma warning restore CS0618
    }

    [Fact]
    public void Older_names_as_constants_come_from_OlderNames()
    {
        static string Label(HttpStatus status)
        {
            switch (status)
            {
#pragma warning disable CS0618 // The older name is obsolete on purpose.
                case HttpStatusExtensions.OlderNames.Redirect:
#pragma warning restore CS0618
                    return "found";
                default:
                    return "other";
            }
        }

        Assert.Equal("found", Label(HttpStatus.Found));
        Assert.Equal("other", Label(HttpStatus.NotFound));
    }

    private static void AssertCanonical<T>(IReadOnlyList<T> values, Func<T, string> canonical, IReadOnlyList<string> names)
        where T : struct, Enum
    {
        var json = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter<T>() } };
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            var name = canonical(value);
            Assert.Equal(name, value.ToString());
            Assert.Equal(name, $"{value}");
            Assert.Equal(name, Enum.GetName(value));
            Assert.Equal("\"" + name + "\"", JsonSerializer.Serialize(value, json));
            Assert.Equal(value, JsonSerializer.Deserialize<T>("\"" + name + "\"", json));
        }

        // No older name among the enum's names: exactly the canonical ones.
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), Enum.GetNames<T>().OrderBy(n => n, StringComparer.Ordinal));
    }

    private sealed class CapturingLogger : ILogger
    {
        public List<string> Messages { get; } = new();

        public List<object?> Values { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Messages.Add(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                Values.AddRange(pairs.Where(p => p.Key != "{OriginalFormat}").Select(p => p.Value));
            }
        }
    }
}

using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Contoso.Payments;
using Xunit;
using LibStatus = NetStandardConsumer.HttpStatus;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// The generated <c>{Set}JsonConverter</c>: through reflection-based <see cref="JsonSerializer"/>,
/// through a <c>[JsonConverter]</c> attribute, and through a source-generated context over the
/// public sets of a referenced library (the layout System.Text.Json's generator can see).
/// </summary>
public sealed class JsonConverterTests
{
    private static readonly JsonSerializerOptions Numbers = new() { Converters = { new HttpStatusJsonConverter() } };
    private static readonly JsonSerializerOptions Names = new() { Converters = { new HttpStatusJsonConverter(writeNames: true) } };

    [Fact]
    public void Writes_the_number_by_default_and_the_canonical_name_on_request()
    {
        Assert.Equal("422", JsonSerializer.Serialize(HttpStatus.UnprocessableContent, Numbers));
        Assert.Equal("\"UnprocessableContent\"", JsonSerializer.Serialize(HttpStatus.UnprocessableContent, Names));
        Assert.Equal("[301,302]", JsonSerializer.Serialize(new[] { HttpStatus.MovedPermanently, HttpStatus.Found }, Numbers));
        Assert.Equal("[\"MovedPermanently\",\"Found\"]", JsonSerializer.Serialize(new[] { HttpStatus.MovedPermanently, HttpStatus.Found }, Names));
    }

    [Theory]
    [InlineData("422")]
    [InlineData("\"UnprocessableContent\"")]
    [InlineData("\"unprocessablecontent\"")]
    [InlineData("\"UnprocessableEntity\"")]
    [InlineData("\"UNPROCESSABLEENTITY\"")]
    [InlineData("\"422\"")]
    public void Reads_a_number_a_canonical_name_or_an_older_name_ignoring_case(string json)
    {
        Assert.Equal(HttpStatus.UnprocessableContent, JsonSerializer.Deserialize<HttpStatus>(json, Numbers));
        Assert.Equal(HttpStatus.UnprocessableContent, JsonSerializer.Deserialize<HttpStatus>(json, Names));
    }

    [Theory]
    [InlineData("799", "The JSON number 799 is not a code of HttpStatus.")]
    [InlineData("404.5", "The JSON number 404.5 is not a code of HttpStatus.")]
    [InlineData("1e40", "The JSON number 1e40 is not a code of HttpStatus.")]
    [InlineData("\"NotFund\"", "The JSON string \"NotFund\" is not a name or code of HttpStatus.")]
    [InlineData("\"799\"", "The JSON string \"799\" is not a name or code of HttpStatus.")]
    [InlineData("true", "A HttpStatus is a JSON number or string, not true.")]
    [InlineData("null", "A HttpStatus is a JSON number or string, not null.")]
    [InlineData("{}", "A HttpStatus is a JSON number or string, not an object.")]
    [InlineData("[404]", "A HttpStatus is a JSON number or string, not an array.")]
    public void Anything_else_throws_a_json_exception_naming_the_value_and_the_set(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HttpStatus>(json, Numbers));
        Assert.StartsWith(message, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_an_undefined_value_throws()
    {
#pragma warning disable SCG0401 // An unknown code on purpose.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize((HttpStatus)799, Numbers));
#pragma warning restore SCG0401
        Assert.Equal("The value 799 is not a code of HttpStatus, so it is not written.", error.Message);
    }

    [Fact]
    public void Dictionary_keys_use_the_same_rules()
    {
        var map = new Dictionary<HttpStatus, int> { [HttpStatus.NotFound] = 1, [HttpStatus.UnprocessableContent] = 2 };

        Assert.Equal("{\"404\":1,\"422\":2}", JsonSerializer.Serialize(map, Numbers));
        Assert.Equal("{\"NotFound\":1,\"UnprocessableContent\":2}", JsonSerializer.Serialize(map, Names));
        var read = JsonSerializer.Deserialize<Dictionary<HttpStatus, int>>("{\"notfound\":1,\"UnprocessableEntity\":2,\"500\":3}", Numbers)!;
        Assert.Equal(new[] { HttpStatus.NotFound, HttpStatus.UnprocessableContent, HttpStatus.InternalServerError }, read.Keys);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<HttpStatus, int>>("{\"Teapot\":1}", Numbers));
        Assert.StartsWith("The JSON string \"Teapot\" is not a name or code of HttpStatus.", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_attribute_on_a_property_selects_the_converter()
    {
        var json = JsonSerializer.Serialize(new Payment { Status = PaymentStatus.CardDeclined });

        Assert.Equal("{\"Status\":1001}", json);
        Assert.Equal(PaymentStatus.CardDeclined, JsonSerializer.Deserialize<Payment>("{\"Status\":\"declined\"}")!.Status);
    }

    [Fact]
    public void A_source_generated_context_over_a_referenced_library_round_trips()
    {
        var response = new LibResponse
        {
            Status = LibStatus.UnprocessableContent,
            Counts = new Dictionary<LibStatus, int> { [LibStatus.NotFound] = 3 },
        };

        var json = JsonSerializer.Serialize(response, LibJsonContext.Default.LibResponse);

        Assert.Equal("{\"Status\":422,\"Counts\":{\"404\":3}}", json);
        var back = JsonSerializer.Deserialize("{\"Status\":\"UnprocessableEntity\",\"Counts\":{\"notfound\":3}}", LibJsonContext.Default.LibResponse)!;
        Assert.Equal(LibStatus.UnprocessableContent, back.Status);
        Assert.Equal(3, back.Counts[LibStatus.NotFound]);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"Status\":799}", LibJsonContext.Default.LibResponse));
    }

    private sealed class Payment
    {
        [JsonConverter(typeof(PaymentStatusJsonConverter))]
        public PaymentStatus Status { get; set; }
    }
}

/// <summary>A type of this project that carries the library's generated enum.</summary>
public sealed class LibResponse
{
    public LibStatus Status { get; set; }

    public Dictionary<LibStatus, int> Counts { get; set; } = new();
}

/// <summary>
/// System.Text.Json's generator sees the library's compiled types, so it can name the library's
/// generated converter; in the library's own compilation it could not.
/// </summary>
[JsonSourceGenerationOptions(Converters = new[] { typeof(NetStandardConsumer.HttpStatusJsonConverter) })]
[JsonSerializable(typeof(LibResponse))]
internal sealed partial class LibJsonContext : JsonSerializerContext
{
}

using System;
using System.Buffers;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;

namespace StatusCodesBenchmarks.Utf8;

/// <summary>
/// Writing every HttpStatus code as a JSON object (code, reason phrase, title, description) with
/// <see cref="Utf8JsonWriter"/>: string texts against the generated UTF-8 texts. The writer still
/// checks every value for characters to escape, so the encoder matters as much as the input.
/// </summary>
[MemoryDiagnoser]
public class Utf8JsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);
    private HttpStatus[] _values = Array.Empty<HttpStatus>();
    private JsonWriterOptions _options;

    [Params(StatusLocale.EnUS, StatusLocale.ZhTW)]
    public StatusLocale Locale { get; set; }

    /// <summary>Default: non-ASCII escaped as \uXXXX. All: Unicode kept, HTML-sensitive characters escaped. Relaxed: UnsafeRelaxedJsonEscaping.</summary>
    [Params("Default", "All", "Relaxed")]
    public string Encoder { get; set; } = "Default";

    [GlobalSetup]
    public void Setup()
    {
        _values = HttpStatusExtensions.GetValues().ToArray();
        _options = new JsonWriterOptions
        {
            SkipValidation = true,
            Encoder = Encoder switch
            {
                "All" => JavaScriptEncoder.Create(UnicodeRanges.All),
                "Relaxed" => JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                _ => JavaScriptEncoder.Default,
            },
        };
    }

    [Benchmark(Baseline = true, Description = "string texts")]
    public long StringTexts()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output, _options);
        writer.WriteStartArray();
        foreach (var value in _values)
        {
            writer.WriteStartObject();
            writer.WriteNumber("code"u8, (int)value);
            writer.WriteString("reasonPhrase"u8, value.GetReasonPhrase());
            writer.WriteString("title"u8, value.GetTitle(Locale));
            writer.WriteString("detail"u8, value.GetDescription(Locale));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return writer.BytesCommitted;
    }

    [Benchmark(Description = "UTF-8 texts")]
    public long Utf8Texts()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output, _options);
        writer.WriteStartArray();
        foreach (var value in _values)
        {
            writer.WriteStartObject();
            writer.WriteNumber("code"u8, (int)value);
            writer.WriteString("reasonPhrase"u8, value.GetReasonPhraseUtf8());
            writer.WriteString("title"u8, value.GetTitleUtf8(Locale));
            writer.WriteString("detail"u8, value.GetDescriptionUtf8(Locale));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return writer.BytesCommitted;
    }
}

using System;
using System.Buffers;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace StatusCodesBenchmarks.Utf8;

/// <summary>
/// All 67 HttpStatus values as a JSON array through <see cref="JsonSerializer"/>, written into a
/// reused buffer and read back: the generated <c>HttpStatusJsonConverter</c> against System.Text.Json's
/// own enum handling (numbers) and <see cref="JsonStringEnumConverter{TEnum}"/> (names).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonConverterBenchmarks
{
    private static readonly JsonSerializerOptions BuiltInNumbers = new();
    private static readonly JsonSerializerOptions GeneratedNumbers = new() { Converters = { new HttpStatusJsonConverter() } };
    private static readonly JsonSerializerOptions BuiltInNames = new() { Converters = { new JsonStringEnumConverter<HttpStatus>() } };
    private static readonly JsonSerializerOptions GeneratedNames = new() { Converters = { new HttpStatusJsonConverter(writeNames: true) } };

    private readonly ArrayBufferWriter<byte> _output = new(16 * 1024);
    private HttpStatus[] _values = Array.Empty<HttpStatus>();
    private byte[] _numbers = Array.Empty<byte>();
    private byte[] _names = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _values = HttpStatusExtensions.GetValues().ToArray();
        _numbers = JsonSerializer.SerializeToUtf8Bytes(_values, BuiltInNumbers);
        _names = JsonSerializer.SerializeToUtf8Bytes(_values, BuiltInNames);
        if (!JsonSerializer.SerializeToUtf8Bytes(_values, GeneratedNames).AsSpan().SequenceEqual(_names)
            || !JsonSerializer.SerializeToUtf8Bytes(_values, GeneratedNumbers).AsSpan().SequenceEqual(_numbers))
        {
            throw new InvalidOperationException("The generated converter writes other JSON than System.Text.Json.");
        }
    }

    [BenchmarkCategory("write numbers")]
    [Benchmark(Baseline = true, Description = "write numbers: System.Text.Json")]
    public long WriteNumbersBuiltIn() => Write(BuiltInNumbers);

    [BenchmarkCategory("write numbers")]
    [Benchmark(Description = "write numbers: generated converter")]
    public long WriteNumbersGenerated() => Write(GeneratedNumbers);

    [BenchmarkCategory("write names")]
    [Benchmark(Baseline = true, Description = "write names: JsonStringEnumConverter<T>")]
    public long WriteNamesBuiltIn() => Write(BuiltInNames);

    [BenchmarkCategory("write names")]
    [Benchmark(Description = "write names: generated converter")]
    public long WriteNamesGenerated() => Write(GeneratedNames);

    [BenchmarkCategory("read numbers")]
    [Benchmark(Baseline = true, Description = "read numbers: System.Text.Json")]
    public int ReadNumbersBuiltIn() => JsonSerializer.Deserialize<HttpStatus[]>(_numbers, BuiltInNumbers)!.Length;

    [BenchmarkCategory("read numbers")]
    [Benchmark(Description = "read numbers: generated converter")]
    public int ReadNumbersGenerated() => JsonSerializer.Deserialize<HttpStatus[]>(_numbers, GeneratedNumbers)!.Length;

    [BenchmarkCategory("read names")]
    [Benchmark(Baseline = true, Description = "read names: JsonStringEnumConverter<T>")]
    public int ReadNamesBuiltIn() => JsonSerializer.Deserialize<HttpStatus[]>(_names, BuiltInNames)!.Length;

    [BenchmarkCategory("read names")]
    [Benchmark(Description = "read names: generated converter")]
    public int ReadNamesGenerated() => JsonSerializer.Deserialize<HttpStatus[]>(_names, GeneratedNames)!.Length;

    private long Write(JsonSerializerOptions options)
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output);
        JsonSerializer.Serialize(writer, _values, options);
        return writer.BytesCommitted;
    }
}

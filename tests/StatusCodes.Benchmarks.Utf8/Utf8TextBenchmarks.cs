using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace StatusCodesBenchmarks.Utf8;

/// <summary>
/// Getting a status text into a UTF-8 buffer: the string members plus transcoding, against the
/// generated UTF-8 members (spans over constant data). Each operation covers every HttpStatus code
/// once, so that no single lookup is measured in isolation and the results cannot be folded away.
/// </summary>
[MemoryDiagnoser]
public class Utf8TextBenchmarks
{
    private readonly byte[] _buffer = new byte[4096];
    private HttpStatus[] _values = Array.Empty<HttpStatus>();

    [Params(StatusLocale.EnUS, StatusLocale.ZhTW)]
    public StatusLocale Locale { get; set; }

    [GlobalSetup]
    public void Setup() => _values = HttpStatusExtensions.GetValues().ToArray();

    [Benchmark(Baseline = true, Description = "reason: string + UTF8.GetBytes")]
    public int ReasonPhraseString()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += Encoding.UTF8.GetBytes(value.GetReasonPhrase(), _buffer);
        }

        return total;
    }

    [Benchmark(Description = "reason: GetReasonPhraseUtf8 + copy")]
    public int ReasonPhraseUtf8()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var bytes = value.GetReasonPhraseUtf8();
            bytes.CopyTo(_buffer);
            total += bytes.Length;
        }

        return total;
    }

    [Benchmark(Description = "title: string + UTF8.GetBytes")]
    public int TitleString()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += Encoding.UTF8.GetBytes(value.GetTitle(Locale), _buffer);
        }

        return total;
    }

    [Benchmark(Description = "title: GetTitleUtf8 + copy")]
    public int TitleUtf8()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var bytes = value.GetTitleUtf8(Locale);
            bytes.CopyTo(_buffer);
            total += bytes.Length;
        }

        return total;
    }

    [Benchmark(Description = "description: string + UTF8.GetBytes")]
    public int DescriptionString()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += Encoding.UTF8.GetBytes(value.GetDescription(Locale), _buffer);
        }

        return total;
    }

    [Benchmark(Description = "description: GetDescriptionUtf8 + copy")]
    public int DescriptionUtf8()
    {
        var total = 0;
        foreach (var value in _values)
        {
            var bytes = value.GetDescriptionUtf8(Locale);
            bytes.CopyTo(_buffer);
            total += bytes.Length;
        }

        return total;
    }
}

using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>The generated name, definition and parse members against <see cref="Enum"/>'s, one category each.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EnumBenchmarks
{
    private LookupInput _input = null!;

    [Params(InputOrder.Random, InputOrder.Sorted)]
    public InputOrder Order { get; set; }

    [GlobalSetup]
    public void Setup() => _input = LookupInput.Create(Order);

    [BenchmarkCategory("value → name")]
    [Benchmark(Baseline = true, OperationsPerInvoke = LookupInput.Length, Description = "Enum.ToString()")]
    public int EnumToString()
    {
        var statuses = _input.Statuses;
        var total = 0;
        for (var i = 0; i < statuses.Length; i++)
        {
            total += statuses[i].ToString().Length;
        }

        return total;
    }

    [BenchmarkCategory("value → name")]
    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated ToStringFast()")]
    public int GeneratedToStringFast()
    {
        var statuses = _input.Statuses;
        var total = 0;
        for (var i = 0; i < statuses.Length; i++)
        {
            total += statuses[i].ToStringFast().Length;
        }

        return total;
    }

    [BenchmarkCategory("IsDefined(int)")]
    [Benchmark(Baseline = true, OperationsPerInvoke = LookupInput.Length, Description = "Enum.IsDefined<T>")]
    public int EnumIsDefined()
    {
        var codes = _input.Codes;
        var total = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            total += Enum.IsDefined((HttpStatus)codes[i]) ? 1 : 0;
        }

        return total;
    }

    [BenchmarkCategory("IsDefined(int)")]
    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated IsDefined(int)")]
    public int GeneratedIsDefined()
    {
        var codes = _input.Codes;
        var total = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            total += HttpStatusExtensions.IsDefined(codes[i]) ? 1 : 0;
        }

        return total;
    }

    [BenchmarkCategory("TryParse(string), ignore case")]
    [Benchmark(Baseline = true, OperationsPerInvoke = LookupInput.Length, Description = "Enum.TryParse<T>(string, true)")]
    public int EnumTryParseString()
    {
        var names = _input.Names;
        var total = 0;
        for (var i = 0; i < names.Length; i++)
        {
            total += Enum.TryParse<HttpStatus>(names[i], ignoreCase: true, out var status) ? (int)status : 0;
        }

        return total;
    }

    [BenchmarkCategory("TryParse(string), ignore case")]
    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated TryParse(string)")]
    public int GeneratedTryParseString()
    {
        var names = _input.Names;
        var total = 0;
        for (var i = 0; i < names.Length; i++)
        {
            total += HttpStatusExtensions.TryParse(names[i], out var status) ? (int)status : 0;
        }

        return total;
    }

    [BenchmarkCategory("TryParse(span), ignore case")]
    [Benchmark(Baseline = true, OperationsPerInvoke = LookupInput.Length, Description = "Enum.TryParse<T>(span, true)")]
    public int EnumTryParseSpan()
    {
        var names = _input.Names;
        var total = 0;
        for (var i = 0; i < names.Length; i++)
        {
            total += Enum.TryParse<HttpStatus>(names[i].AsSpan(), ignoreCase: true, out var status) ? (int)status : 0;
        }

        return total;
    }

    [BenchmarkCategory("TryParse(span), ignore case")]
    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated TryParse(span)")]
    public int GeneratedTryParseSpan()
    {
        var names = _input.Names;
        var total = 0;
        for (var i = 0; i < names.Length; i++)
        {
            total += HttpStatusExtensions.TryParse(names[i].AsSpan(), out var status) ? (int)status : 0;
        }

        return total;
    }
}

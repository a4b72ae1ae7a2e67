using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// All values and all names: <see cref="Enum"/> copies an array per call, the generated members hand
/// out struct views of static arrays. The foreach rows measure the loop a user writes, call included.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ListBenchmarks
{
    /// <summary>The generated lists are built once, on first use: that first use is not what is measured.</summary>
    [GlobalSetup]
    public void Setup() => _ = HttpStatusExtensions.GetValues();

    [BenchmarkCategory("GetValues")]
    [Benchmark(Baseline = true, Description = "Enum.GetValues<T>()")]
    public int EnumGetValues() => Enum.GetValues<HttpStatus>().Length;

    [BenchmarkCategory("GetValues")]
    [Benchmark(Description = "generated GetValues()")]
    public int GeneratedGetValues() => HttpStatusExtensions.GetValues().Count;

    [BenchmarkCategory("GetNames")]
    [Benchmark(Baseline = true, Description = "Enum.GetNames<T>()")]
    public int EnumGetNames() => Enum.GetNames<HttpStatus>().Length;

    [BenchmarkCategory("GetNames")]
    [Benchmark(Description = "generated GetNames()")]
    public int GeneratedGetNames() => HttpStatusExtensions.GetNames().Count;

    [BenchmarkCategory("foreach GetValues")]
    [Benchmark(Baseline = true, Description = "foreach Enum.GetValues<T>()")]
    public int EnumForeachValues()
    {
        var sum = 0;
        foreach (var value in Enum.GetValues<HttpStatus>())
        {
            sum += (int)value;
        }

        return sum;
    }

    [BenchmarkCategory("foreach GetValues")]
    [Benchmark(Description = "foreach GetValues() as IReadOnlyList<T>")]
    public int InterfaceForeachValues()
    {
        IReadOnlyList<HttpStatus> values = HttpStatusExtensions.GetValues();
        var sum = 0;
        foreach (var value in values)
        {
            sum += (int)value;
        }

        return sum;
    }

    [BenchmarkCategory("foreach GetValues")]
    [Benchmark(Description = "foreach generated GetValues()")]
    public int GeneratedForeachValues()
    {
        var sum = 0;
        foreach (var value in HttpStatusExtensions.GetValues())
        {
            sum += (int)value;
        }

        return sum;
    }

    [BenchmarkCategory("foreach GetNames")]
    [Benchmark(Baseline = true, Description = "foreach Enum.GetNames<T>()")]
    public int EnumForeachNames()
    {
        var length = 0;
        foreach (var name in Enum.GetNames<HttpStatus>())
        {
            length += name.Length;
        }

        return length;
    }

    [BenchmarkCategory("foreach GetNames")]
    [Benchmark(Description = "foreach generated GetNames()")]
    public int GeneratedForeachNames()
    {
        var length = 0;
        foreach (var name in HttpStatusExtensions.GetNames())
        {
            length += name.Length;
        }

        return length;
    }
}

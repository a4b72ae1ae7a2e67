using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>All values and all names: <see cref="Enum"/> copies an array per call, the generated members hand out cached lists.</summary>
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
}

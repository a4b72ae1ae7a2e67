using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>Calls benchmark methods directly, outside BenchmarkDotNet: for instruction counts and allocation checks.</summary>
public static class BenchmarkInvoker
{
    /// <summary>A ready benchmark method: its class instantiated with <paramref name="order"/> and set up.</summary>
    public static Func<int> Create(Type type, string method, InputOrder order)
    {
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty(nameof(TitleBenchmarks.Order))?.SetValue(instance, order);
        type.GetMethods().SingleOrDefault(m => m.IsDefined(typeof(GlobalSetupAttribute)))?.Invoke(instance, null);
        return (Func<int>)Delegate.CreateDelegate(typeof(Func<int>), instance, type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!);
    }

    public static IEnumerable<string> Methods(Type type) => type.GetMethods()
        .Where(m => m.IsDefined(typeof(BenchmarkAttribute), false))
        .Select(m => m.Name);

    /// <summary>
    /// Bytes this thread allocates in a call, after warm-up calls. Thread-local, so neither the
    /// JIT's background work nor BenchmarkDotNet's own bookkeeping is counted.
    /// </summary>
    public static long AllocatedPerCall(Func<int> benchmark)
    {
        const int Calls = 16;
        for (var i = 0; i < 3; i++)
        {
            benchmark();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            benchmark();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }
}

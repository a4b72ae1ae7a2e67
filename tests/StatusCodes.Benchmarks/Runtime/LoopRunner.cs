using System;
using System.Linq;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// Calls one benchmark method <c>n</c> times (each call: <see cref="LookupInput.Length"/> lookups
/// on the random input), for counting instructions under <c>valgrind --tool=callgrind</c>: the
/// difference between two counts of n, divided by the lookups between them, is the cost of one
/// lookup without start-up, JIT and setup.
/// </summary>
public static class LoopRunner
{
    public static int Run(string benchmark, int n)
    {
        var dot = benchmark.IndexOf('.', StringComparison.Ordinal);
        var type = dot > 0 ? typeof(LoopRunner).Assembly.GetTypes().SingleOrDefault(t => t.Name == benchmark[..dot]) : null;
        if (type is null)
        {
            Console.Error.WriteLine("loop: '" + benchmark + "' is not Class.Method of a benchmark class (for example TitleBenchmarks.GeneratedTitle)");
            return 2;
        }

        var method = BenchmarkInvoker.Create(type, benchmark[(dot + 1)..], InputOrder.Random);
        var total = 0;
        for (var i = 0; i < n; i++)
        {
            total += method();
        }

        Console.WriteLine(benchmark + " x " + n + ": " + total);
        return 0;
    }
}

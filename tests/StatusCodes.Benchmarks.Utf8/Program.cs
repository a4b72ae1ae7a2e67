using BenchmarkDotNet.Running;

namespace StatusCodesBenchmarks.Utf8;

/// <summary>
/// <code>
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks.Utf8 -- --filter '*' --job short
/// </code>
/// Any BenchmarkDotNet option works (<c>--inProcess</c>, <c>--memory</c>, <c>--exporters</c>, ...).
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

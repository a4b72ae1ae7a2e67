using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// A set whose codes lie far apart (Definitions/sparse.codes.yaml), so the generated lookups go
/// through the sparse shape, a hash table, rather than the per-code tables of the HTTP set:
/// (code, locale) → title and IsDefined against the dictionaries, on the same kind of input.
/// </summary>
[MemoryDiagnoser]
public class SparseBenchmarks
{
    private SparseStatus[] _statuses = Array.Empty<SparseStatus>();
    private StatusLocale[] _locales = Array.Empty<StatusLocale>();
    private int[] _codes = Array.Empty<int>();
    private int[] _localeIndexes = Array.Empty<int>();
    private DictionaryPeers _dictionaries = null!;

    [Params(InputOrder.Random, InputOrder.Sorted)]
    public InputOrder Order { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var codes = SparseStatusExtensions.GetValues();
        var pairs = Enumerable.Range(0, LookupInput.Length)
            .Select(i => (Code: codes[i % codes.Count], Locale: (StatusLocale)(i / codes.Count % LookupInput.Locales.Length)))
            .ToArray();
        pairs = Order == InputOrder.Random
            ? LookupInput.Shuffled(pairs)
            : pairs.OrderBy(p => (int)p.Code).ThenBy(p => p.Locale).ToArray();
        _statuses = pairs.Select(p => p.Code).ToArray();
        _locales = pairs.Select(p => p.Locale).ToArray();
        _codes = pairs.Select(p => (int)p.Code).ToArray();
        _localeIndexes = pairs.Select(p => (int)p.Locale).ToArray();
        _dictionaries = new DictionaryPeers(codes.Select(c => (int)c), (code, locale) => ((SparseStatus)code).GetTitle(locale));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = LookupInput.Length, Description = "sparse: Dictionary<(int, int), string>")]
    public int SparseDictionaryTitle() => _dictionaries.DictionaryTitles(_codes, _localeIndexes);

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "sparse: FrozenDictionary<(int, int), string>")]
    public int SparseFrozenDictionaryTitle() => _dictionaries.FrozenTitles(_codes, _localeIndexes);

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "sparse: generated GetTitle(StatusLocale)")]
    public int GeneratedSparseTitle()
    {
        var total = 0;
        for (var i = 0; i < _statuses.Length; i++)
        {
            total += _statuses[i].GetTitle(_locales[i]).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "sparse: generated IsDefined(int)")]
    public int GeneratedSparseIsDefined()
    {
        var total = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            total += SparseStatusExtensions.IsDefined(_codes[i]) ? 1 : 0;
        }

        return total;
    }
}

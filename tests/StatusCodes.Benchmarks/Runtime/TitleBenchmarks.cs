using System.Linq;
using System.Resources;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// (code, locale) → title, one lookup per input entry. Every peer holds the same texts; ASP.NET
/// Core's reason phrases are English only, so that row is the single-locale reference, and the
/// generated reason phrase beside it is the like-for-like single-locale lookup. The last rows take
/// a culture instead of a locale, as a web request has it; the input switches culture from one
/// lookup to the next, so a one-entry cache alone does not carry the random order.
/// </summary>
[MemoryDiagnoser]
public class TitleBenchmarks
{
    private LookupInput _input = null!;
    private ResourceManager _resources = null!;
    private DictionaryPeers _dictionaries = null!;

    [Params(InputOrder.Random, InputOrder.Sorted)]
    public InputOrder Order { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = LookupInput.Create(Order);
        _resources = TitleResources.CreateManager();
        TitleResources.Verify(_resources);
        _dictionaries = new DictionaryPeers(HttpStatusExtensions.GetValues().Select(s => (int)s), (code, locale) => ((HttpStatus)code).GetTitle(locale));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = LookupInput.Length, Description = "ResourceManager.GetString(key, culture)")]
    public int ResourceManagerTitle()
    {
        var keys = _input.ResourceKeys;
        var cultures = _input.Cultures;
        var total = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            total += _resources.GetString(keys[i], cultures[i])!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "Dictionary<(int, int), string>")]
    public int DictionaryTitle() => _dictionaries.DictionaryTitles(_input.Codes, _input.LocaleIndexes);

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "FrozenDictionary<(int, int), string>")]
    public int FrozenDictionaryTitle() => _dictionaries.FrozenTitles(_input.Codes, _input.LocaleIndexes);

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "ReasonPhrases.GetReasonPhrase (en only)")]
    public int AspNetCoreReasonPhrase()
    {
        var codes = _input.Codes;
        var total = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            total += ReasonPhrases.GetReasonPhrase(codes[i]).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated GetTitle(StatusLocale)")]
    public int GeneratedTitle()
    {
        var statuses = _input.Statuses;
        var locales = _input.StatusLocales;
        var total = 0;
        for (var i = 0; i < statuses.Length; i++)
        {
            total += statuses[i].GetTitle(locales[i]).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated GetReasonPhrase() (one locale)")]
    public int GeneratedReasonPhrase()
    {
        var statuses = _input.Statuses;
        var total = 0;
        for (var i = 0; i < statuses.Length; i++)
        {
            total += statuses[i].GetReasonPhrase().Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated StatusLocales.FromCulture")]
    public int GeneratedFromCulture()
    {
        var cultures = _input.Cultures;
        var total = 0;
        for (var i = 0; i < cultures.Length; i++)
        {
            total += (int)StatusLocales.FromCulture(cultures[i]);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = LookupInput.Length, Description = "generated GetTitle(CultureInfo)")]
    public int GeneratedTitleByCulture()
    {
        var statuses = _input.Statuses;
        var cultures = _input.Cultures;
        var total = 0;
        for (var i = 0; i < statuses.Length; i++)
        {
            total += statuses[i].GetTitle(cultures[i]).Length;
        }

        return total;
    }
}

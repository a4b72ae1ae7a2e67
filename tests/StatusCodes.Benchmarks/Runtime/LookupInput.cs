using System;
using System.Globalization;
using System.Linq;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>How the lookups follow one another.</summary>
public enum InputOrder
{
    /// <summary>Every (code, locale) pair in a seeded shuffle: branch predictors cannot learn it.</summary>
    Random,

    /// <summary>The same pairs code by code, locale by locale: the best case for a predictor.</summary>
    Sorted,
}

/// <summary>
/// The lookups every benchmark makes: each HTTP code of the built-in definitions in each of the
/// three locales, repeated to <see cref="Length"/> entries. Everything a peer needs (its key, its
/// culture, the name in mixed case) is computed here, before measuring.
/// </summary>
public sealed class LookupInput
{
    public const int Length = 1024;

    private const int Seed = 20_261_201;

    private LookupInput(InputOrder order)
    {
        var codes = HttpStatusExtensions.GetValues();
        var pairs = Enumerable.Range(0, Length)
            .Select(i => (Code: codes[i % codes.Count], Locale: (StatusLocale)(i / codes.Count % Locales.Length)))
            .ToArray();
        if (order == InputOrder.Random)
        {
            pairs = Shuffled(pairs);
        }
        else
        {
            Array.Sort(pairs, (a, b) => a.Code != b.Code ? ((int)a.Code).CompareTo((int)b.Code) : a.Locale.CompareTo(b.Locale));
        }

        Statuses = pairs.Select(p => p.Code).ToArray();
        Codes = pairs.Select(p => (int)p.Code).ToArray();
        StatusLocales = pairs.Select(p => p.Locale).ToArray();
        LocaleIndexes = pairs.Select(p => (int)p.Locale).ToArray();
        Cultures = pairs.Select(p => Locales[(int)p.Locale]).ToArray();
        ResourceKeys = pairs.Select(p => TitleResources.Key((int)p.Code)).ToArray();

        // Every other name in lower case, so both parsers must really ignore case.
        Names = pairs.Select((p, i) => i % 2 == 0 ? p.Code.ToStringFast() : p.Code.ToStringFast().ToLowerInvariant()).ToArray();
    }

    /// <summary>The cultures of <see cref="StatusLocale"/> 0, 1 and 2, as CultureInfo hands them out (cached instances).</summary>
    public static CultureInfo[] Locales { get; } = { CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("zh-TW") };

    public HttpStatus[] Statuses { get; }

    public int[] Codes { get; }

    public StatusLocale[] StatusLocales { get; }

    public int[] LocaleIndexes { get; }

    public CultureInfo[] Cultures { get; }

    public string[] ResourceKeys { get; }

    public string[] Names { get; }

    public static LookupInput Create(InputOrder order) => new(order);

    /// <summary>The same seeded shuffle for every input, so every run measures the same order.</summary>
    public static T[] Shuffled<T>(T[] items)
    {
        var copy = (T[])items.Clone();
        new Random(Seed).Shuffle(copy);
        return copy;
    }
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// The dictionary peers of a title lookup: the same texts keyed by (code, locale) in a
/// <see cref="Dictionary{TKey, TValue}"/> and a <see cref="FrozenDictionary{TKey, TValue}"/>, each
/// read through its own concrete type, as a caller would.
/// </summary>
public sealed class DictionaryPeers
{
    private readonly Dictionary<(int Code, int Locale), string> _dictionary = new();
    private readonly FrozenDictionary<(int Code, int Locale), string> _frozen;

    public DictionaryPeers(IEnumerable<int> codes, Func<int, StatusLocale, string> title)
    {
        foreach (var code in codes)
        {
            for (var locale = 0; locale < LookupInput.Locales.Length; locale++)
            {
                _dictionary[(code, locale)] = title(code, (StatusLocale)locale);
            }
        }

        _frozen = _dictionary.ToFrozenDictionary();
    }

    public int DictionaryTitles(int[] codes, int[] locales)
    {
        var total = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            total += _dictionary[(codes[i], locales[i])].Length;
        }

        return total;
    }

    public int FrozenTitles(int[] codes, int[] locales)
    {
        var total = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            total += _frozen[(codes[i], locales[i])].Length;
        }

        return total;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Schema;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// The culture names the generated <c>StatusLocales</c> recognises, each with the project locale it
/// stands for: every declared locale, the usual Chinese script and region aliases (zh-Hant, zh-HK,
/// zh-MO → zh-TW; zh-Hans, zh-SG → zh-CN), and each bare language (en → en-US, zh → zh-CN).
/// Computed here, once, so the run-time code is a plain comparison list.
/// </summary>
internal static class LocaleAliases
{
    private static readonly Dictionary<string, string> PreferredRegion = new(StringComparer.Ordinal)
    {
        ["ar"] = "SA", ["de"] = "DE", ["en"] = "US", ["es"] = "ES", ["fr"] = "FR", ["it"] = "IT", ["ja"] = "JP",
        ["ko"] = "KR", ["nl"] = "NL", ["pt"] = "BR", ["ru"] = "RU", ["sv"] = "SE", ["zh"] = "CN",
    };

    private static readonly (string Alias, string Target)[] ChineseAliases =
    {
        ("zh-Hant", "zh-TW"), ("zh-HK", "zh-TW"), ("zh-MO", "zh-TW"),
        ("zh-Hans", "zh-CN"), ("zh-SG", "zh-CN"),
    };

    /// <summary>(name, index of the project locale) pairs, declared names first.</summary>
    public static IReadOnlyList<(string Name, int Locale)> For(IReadOnlyList<string> locales)
    {
        var result = new List<(string Name, int Locale)>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < locales.Count; i++)
        {
            if (taken.Add(locales[i]))
            {
                result.Add((locales[i], i));
            }
        }

        foreach (var (alias, target) in ChineseAliases)
        {
            var index = IndexOf(locales, target);
            if (index >= 0 && taken.Add(alias))
            {
                result.Add((alias, index));
            }
        }

        foreach (var language in locales.Select(LocaleNames.LanguageOf).Distinct(StringComparer.Ordinal))
        {
            if (taken.Contains(language))
            {
                continue;
            }

            var index = PreferredRegion.TryGetValue(language, out var region) ? IndexOf(locales, language + "-" + region) : -1;
            if (index < 0)
            {
                index = Enumerable.Range(0, locales.Count).First(i => LocaleNames.LanguageOf(locales[i]) == language);
            }

            taken.Add(language);
            result.Add((language, index));
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> locales, string name)
    {
        for (var i = 0; i < locales.Count; i++)
        {
            if (string.Equals(locales[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Tool.Lint;

/// <summary>How many of the texts a locale should have it does have.</summary>
internal sealed record LocaleCoverage(string Locale, int Present, int Expected)
{
    public int Missing => Expected - Present;

    public string Percent => Expected == 0 ? "100.0" : (100.0 * Present / Expected).ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>
/// Counts translations. Every localized text a file has in at least one locale (set summaries,
/// category titles and descriptions, code titles and descriptions) is expected once in each
/// locale the file declares; a locale's text is present when the file gives it in that locale
/// (a fallback does not count).
/// </summary>
internal static class TranslationCoverage
{
    public static List<LocaleCoverage> Measure(IEnumerable<DefinitionFileSpec> files)
    {
        var present = new Dictionary<string, int>();
        var expected = new Dictionary<string, int>();
        var order = new List<string>();
        foreach (var file in files)
        {
            foreach (var locale in file.Locales)
            {
                if (!expected.ContainsKey(locale))
                {
                    order.Add(locale);
                    expected[locale] = 0;
                    present[locale] = 0;
                }
            }

            foreach (var text in TextsOf(file))
            {
                if (text.IsEmpty)
                {
                    continue;
                }

                foreach (var locale in file.Locales)
                {
                    expected[locale]++;
                    if (text.Get(locale) is not null)
                    {
                        present[locale]++;
                    }
                }
            }
        }

        return order.Select(l => new LocaleCoverage(l, present[l], expected[l])).ToList();
    }

    private static IEnumerable<LocalizedText> TextsOf(DefinitionFileSpec file)
    {
        foreach (var set in file.Sets)
        {
            yield return set.Summary;
            foreach (var category in set.Categories)
            {
                yield return category.Title;
                yield return category.Description;
            }

            foreach (var code in set.Codes)
            {
                yield return code.Title;
                yield return code.Description;
            }
        }
    }
}

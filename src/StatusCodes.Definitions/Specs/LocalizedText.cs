using System;
using System.Collections.Generic;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>One text in one locale.</summary>
public sealed record LocalizedString(string Locale, string Text);

/// <summary>A text in the locales a definition file provides it in, in file order.</summary>
public sealed record LocalizedText(EquatableArray<LocalizedString> Entries)
{
    public static readonly LocalizedText None = new(EquatableArray<LocalizedString>.Empty);

    public bool IsEmpty => Entries.IsEmpty;

    public string? Get(string locale)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Locale, locale, StringComparison.Ordinal))
            {
                return entry.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// The text in <paramref name="locale"/>, else along <paramref name="fallbackChain"/>
    /// (ending in the file's default locale), else the empty string.
    /// </summary>
    public string Resolve(string locale, IReadOnlyList<string> fallbackChain)
    {
        var text = Get(locale);
        if (text is not null)
        {
            return text;
        }

        foreach (var candidate in fallbackChain)
        {
            text = Get(candidate);
            if (text is not null)
            {
                return text;
            }
        }

        return string.Empty;
    }
}

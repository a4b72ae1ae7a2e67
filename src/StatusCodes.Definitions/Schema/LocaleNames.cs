using System;
using System.Collections.Generic;
using System.Text;

namespace StatusCodes.Definitions.Schema;

/// <summary>
/// Culture names as definition files use them: <c>language[-Script][-REGION]</c>, for example
/// <c>en-US</c>, <c>zh-Hant-TW</c> or <c>es-419</c>. Checked without <c>CultureInfo</c>, which
/// differs between machines (and is absent in invariant-globalization mode).
/// </summary>
public static class LocaleNames
{
    // ISO 639-1 two-letter language codes.
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br", "bs",
        "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa",
        "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
        "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko",
        "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn",
        "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa",
        "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so",
        "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty",
        "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
    };

    /// <summary>
    /// Checks a culture name. Returns null when it is valid and canonically cased; otherwise the
    /// reason, with the canonical spelling in <paramref name="suggestion"/> when there is one.
    /// </summary>
    public static string? Validate(string name, out string? suggestion)
    {
        suggestion = null;
        var parts = name.Replace('_', '-').Split('-');
        if (parts.Length is < 1 or > 3)
        {
            return "(expected language-REGION)";
        }

        var canonical = new StringBuilder();
        var language = parts[0].ToLowerInvariant();
        if (language.Length is < 2 or > 3 || !IsAsciiLetters(language))
        {
            return "(the language must be two or three letters)";
        }

        canonical.Append(language);
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            canonical.Append('-');
            if (part.Length == 4 && IsAsciiLetters(part) && i == 1)
            {
                canonical.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1).ToLowerInvariant());
            }
            else if (part.Length == 2 && IsAsciiLetters(part))
            {
                canonical.Append(part.ToUpperInvariant());
            }
            else if (part.Length == 3 && IsAsciiDigits(part))
            {
                canonical.Append(part);
            }
            else
            {
                return "(the subtag '" + part + "' is neither a script nor a region)";
            }
        }

        if (language.Length == 2 && !Languages.Contains(language))
        {
            return "(the language '" + language + "' is not an ISO 639-1 code)";
        }

        var canonicalName = canonical.ToString();
        if (!string.Equals(canonicalName, name, StringComparison.Ordinal))
        {
            suggestion = canonicalName;
            return "(write it as '" + canonicalName + "')";
        }

        return null;
    }

    /// <summary>The enum member for a culture name: <c>zh-TW</c> → <c>ZhTW</c>, <c>es-419</c> → <c>Es419</c>.</summary>
    public static string ToMemberName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Split('-'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            builder.Append(part.Length == 2 && builder.Length > 1 ? part.Substring(1).ToUpperInvariant() : part.Substring(1));
        }

        return builder.ToString();
    }

    /// <summary>The language subtag: <c>zh-TW</c> → <c>zh</c>.</summary>
    public static string LanguageOf(string name)
    {
        var dash = name.IndexOf('-');
        return dash < 0 ? name : name.Substring(0, dash);
    }

    private static bool IsAsciiLetters(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    /// <summary>A text given per locale (<c>{ en-US: ..., zh-TW: ... }</c>) or as one string in the default locale.</summary>
    private LocalizedText ReadText(YamlNode node, string key, string what, bool reportMissing = true)
    {
        var entries = new List<LocalizedString>();
        if (node.Kind == YamlNodeKind.Scalar && !node.IsNull)
        {
            if (CheckText(node.Value!, node.Location, what, DefaultLocale))
            {
                entries.Add(new LocalizedString(DefaultLocale, node.Value!));
            }
        }
        else if (node.Kind == YamlNodeKind.Mapping)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in node.Entries)
            {
                var locale = entry.Key.Value ?? string.Empty;
                if (HasHiddenCharacter(locale, entry.Key, "locale"))
                {
                    continue;
                }

                if (!seen.Add(locale))
                {
                    Report(DefinitionDiagnostics.DuplicateKey, entry.Key.Location, locale);
                    continue;
                }

                if (!_locales.Contains(locale))
                {
                    var problem = LocaleNames.Validate(locale, out _);
                    if (problem is not null)
                    {
                        Report(DefinitionDiagnostics.InvalidLocale, entry.Key.Location, locale, " " + problem);
                    }
                    else
                    {
                        Report(DefinitionDiagnostics.UndeclaredLocale, entry.Key.Location, locale, string.Join(", ", _locales));
                    }

                    continue;
                }

                var text = ReadString(entry.Value, key + "." + locale);
                if (text is not null && CheckText(text, entry.Value.Location, what, locale))
                {
                    entries.Add(new LocalizedString(locale, text));
                }
            }
        }
        else
        {
            Report(DefinitionDiagnostics.WrongValueType, node.Location, key, "a text or a mapping of locale to text", node.Describe());
        }

        var result = new LocalizedText(entries.ToEquatableArray());
        if (!result.IsEmpty && reportMissing)
        {
            var fallback = result.Get(DefaultLocale) is not null ? DefaultLocale : entries[0].Locale;
            foreach (var locale in _locales)
            {
                if (result.Get(locale) is null)
                {
                    Report(DefinitionDiagnostics.MissingTranslation, node.Location, what, locale, fallback);
                }
            }
        }

        return result;
    }

    private bool CheckText(string text, SourceLocation location, string what, string locale)
    {
        if (text.Trim().Length == 0)
        {
            Report(DefinitionDiagnostics.EmptyText, location, what, locale);
            return false;
        }

        if (text.Length > _limits.MaxTextLength)
        {
            Report(
                DefinitionDiagnostics.LimitExceeded,
                location,
                "The " + what + " text (" + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)",
                _limits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture) + " characters",
                DefinitionLimits.PropertyNames.MaxTextLength);
            return false;
        }

        foreach (var c in text)
        {
            if (Confusables.IsBidiControl(c))
            {
                Report(DefinitionDiagnostics.BidiControlInText, TextCharacterLocation(location, c), what, CharacterNames.Name(c));
                break;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                Report(DefinitionDiagnostics.InvalidText, location, what, "an unpaired surrogate (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")");
                return false;
            }
        }

        return true;
    }

    private SourceLocation TextCharacterLocation(SourceLocation location, char c)
    {
        var end = Math.Min(location.EndIndex, _text.Length);
        for (var i = location.StartIndex; i < end; i++)
        {
            if (_text[i] == c)
            {
                return At(i);
            }
        }

        return location;
    }
}

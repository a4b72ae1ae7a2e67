using System;
using System.Globalization;
using System.Text;
using StatusCodes.Definitions.Characters;

namespace StatusCodes.Definitions.Schema;

/// <summary>The rules a scalar value of a definition file must meet: numbers, reason phrases, links.</summary>
internal static class ValueRules
{
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsDecimalInteger(string text)
    {
        var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="text"/> in ASCII when it is a whole number written with other digits (full-width
    /// <c>１２３</c>, Arabic-Indic, Devanagari) or a full-width sign; otherwise null.
    /// </summary>
    public static string? OtherDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        var other = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
            {
                builder.Append((char)('0' + (int)CharUnicodeInfo.GetDecimalDigitValue(c)));
                other = true;
            }
            else if (i == 0 && (c is '-' or '+' || SyntaxCharacterScanner.IsDashLookAlike(c) || c == '\uFF0B'))
            {
                builder.Append(c == '+' || c == '\uFF0B' ? '+' : '-');
                other |= c is not ('-' or '+');
            }
            else
            {
                return null;
            }
        }

        var result = builder.ToString();
        return other && IsDecimalInteger(result) ? result : null;
    }

    public static bool IsReasonPhrase(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] == ' ')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsHttpUrl(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https");

    /// <summary><c>CardDeclined</c> → <c>Card Declined</c>: the reason phrase when no ASCII title exists.</summary>
    public static string SplitWords(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is < ' ' or > '~' || c == '_')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]) && builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }

            builder.Append(c);
        }

        var result = builder.ToString().Trim();
        return result.Length == 0 ? "Status" : result;
    }
}

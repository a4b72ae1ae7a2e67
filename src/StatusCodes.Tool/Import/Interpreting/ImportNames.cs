using System;
using System.Globalization;
using System.Linq;
using System.Text;
using StatusCodes.Definitions.Schema;

namespace StatusCodes.Tool.Import.Interpreting;

/// <summary>How the importer names what a document leaves unnamed.</summary>
internal static class ImportNames
{
    /// <summary>
    /// A reason phrase as HTTP writes one: printable ASCII with a letter, a few words, no sentence
    /// ("Not Found", "Request-URI Too Long", "I'm a teapot"). Placeholders such as "-" are not.
    /// </summary>
    public static bool IsPhrase(string text)
        => text.Length is > 0 and <= 80
            && text.Trim() == text
            && text.All(c => c is >= ' ' and <= '~')
            && text.Any(char.IsAsciiLetter)
            && text.Split(' ').Length <= 8
            && !text.Contains(". ", StringComparison.Ordinal)
            && !text.EndsWith('.');

    /// <summary>"Not Found" → NotFound, "Request-URI Too Long" → RequestURITooLong, "I'm a teapot" → ImATeapot.</summary>
    public static string FromPhrase(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        var upperNext = true;
        foreach (var c in phrase)
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length > 0 && char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, "Code");
        }

        return builder.ToString();
    }

    /// <summary>Code404, or CodeMinus1 for negative codes.</summary>
    public static string FromCode(int code)
        => code < 0 ? "CodeMinus" + (-(long)code).ToString(CultureInfo.InvariantCulture) : "Code" + code.ToString(CultureInfo.InvariantCulture);

    /// <summary>"HTTP" → HttpProbeStatus, "POP3" → Pop3ProbeStatus: the set of one probe protocol.</summary>
    public static string ForProtocol(string protocol)
    {
        var builder = new StringBuilder();
        foreach (var word in protocol.Split(c => !char.IsAsciiLetterOrDigit(c)))
        {
            if (word.Length == 0)
            {
                continue;
            }

            var shouting = word.All(c => !char.IsAsciiLetterLower(c));
            builder.Append(char.ToUpperInvariant(word[0])).Append(shouting ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
        }

        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0]))
        {
            builder.Insert(0, "Protocol");
        }

        return builder + "ProbeStatus";
    }

    public static bool IsUsable(string name) => Identifiers.IsValid(name);

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new System.Collections.Generic.List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        return parts.ToArray();
    }
}

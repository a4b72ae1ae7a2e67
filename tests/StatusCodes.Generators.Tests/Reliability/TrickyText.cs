using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Seeded strings and names made of what breaks generated code: C# string and interpolation syntax,
/// XML markup and CDATA ends, comment ends, every kind of line break, control characters, invisible
/// and right-to-left characters, non-characters and text outside the Basic Multilingual Plane.
/// </summary>
internal static class TrickyText
{
    /// <summary>Each piece on its own is a known way to break a literal, a comment or an XML file.</summary>
    public static readonly string[] Pieces =
    {
        "\"", "'", "\\", "\\n", "\\u0041", "{", "}", "{0}", "{{", "}}", "$\"", "@\"", "\"\"\"", "<", ">", "&", "&amp;", "]]>",
        "<![CDATA[", "</summary>", "<c>", "*/", "/*", "//", "///", "#", "#if X", "\n", "\r\n", "\r", "\t", "\0", "\u0001", "\u001B",
        "\u007F", "\u0085", "\u2028", "\u2029", "\u00A0", "\u200B", "\u202E", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "é", "e\u0301",
        "中文", "繁體", "\U0001D11E", "\U0001F600", "ـ", "ǅ", "ß", "İ", "ı",
    };

    private static readonly string[] NonAsciiLetters = { "Ä", "ö", "ß", "é", "ñ", "Ω", "λ", "Ж", "ж", "中", "状", "態", "ǅ", "ı", "İ", "ー", "가" };

    /// <summary>A text that is not blank: pieces and ordinary words in random order.</summary>
    public static string Text(Random random)
    {
        var builder = new StringBuilder();
        var count = 1 + random.Next(12);
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(3) == 0 ? "word" + random.Next(100) : Pieces[random.Next(Pieces.Length)]);
        }

        var text = builder.ToString();
        return text.Trim().Length == 0 ? text + "x" : text;
    }

    /// <summary>Printable ASCII, as a reason phrase must be, with the characters that need escaping.</summary>
    public static string Reason(Random random)
    {
        const string Alphabet = "abcXYZ 09\"'\\{}<>&#*/$@%`~|";
        var chars = new char[1 + random.Next(24)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        var reason = new string(chars).Trim();
        return reason.Length == 0 ? "r" : reason;
    }

    /// <summary>
    /// <paramref name="count"/> distinct names (ignoring case, as TryParse does): C# keywords, contextual
    /// keywords, and identifiers with letters outside ASCII.
    /// </summary>
    public static IReadOnlyList<string> Names(Random random, int count)
    {
        var keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Where(k => k.Length > 0 && char.IsLetter(k[0])).ToArray();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (names.Count < count)
        {
            var name = random.Next(3) switch
            {
                0 or 1 => keywords[random.Next(keywords.Length)],
                _ => NonAsciiLetters[random.Next(NonAsciiLetters.Length)] + NonAsciiLetters[random.Next(NonAsciiLetters.Length)] + "_" + random.Next(1000),
            };
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Turns a valid definition file into a plausible broken one: the mistakes editors, merges, copy and
/// paste, encodings and hostile authors make. The same seed always gives the same text, so a failing
/// case is reproduced from its seed alone (as long as this class does not change).
/// </summary>
internal static class DefinitionMutator
{
    /// <summary>Characters YAML gives a meaning to, and characters that break text in other ways.</summary>
    private static readonly string[] Fragments =
    {
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "#", "&a ", "*a", "!", "!!str ", "!!python/object:os.system ",
        "!<tag:example.com,2024:x> ", "|", ">", "'", "\"", "%YAML 1.2\n", "---\n", "...\n", "? ", "<<: ", "@", "`",
        "\t", "\r", "\n", "\r\n", "\uFEFF", "\0", "\u0085", "\u2028", "\u2029", "\\", "\\u", "\\x4", "~", "null",
        "2147483648", "-2147483649", "0x10", "1e3", "99999999999999999999", "-0", "+5", "007", "true", ".inf",
        "\uD800", "\uDC00", "\U0001F600", "é", "中", "\u200B", "\u0301", "\uFFFF", "zh-Hant", "EN-us", "class",
    };

    public static string Mutate(string text, Random random)
    {
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            text = MutateOnce(text, random);
        }

        return text;
    }

    /// <summary>Text made of YAML-ish fragments and letters, with no valid file behind it.</summary>
    public static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(200);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(3) switch
            {
                0 => Fragments[random.Next(Fragments.Length)],
                1 => ((char)('a' + random.Next(26))).ToString(),
                _ => RandomChar(random).ToString(),
            });
        }

        return builder.ToString();
    }

    private static string MutateOnce(string text, Random random)
    {
        var lines = SplitLines(text);
        switch (random.Next(14))
        {
            case 0:
                return FlipBit(text, random);
            case 1:
                return text.Substring(0, random.Next(text.Length + 1));
            case 2 when lines.Count > 0:
                var duplicated = random.Next(lines.Count);
                lines.Insert(duplicated, lines[duplicated]);
                return string.Concat(lines);
            case 3 when lines.Count > 0:
                lines.RemoveAt(random.Next(lines.Count));
                return string.Concat(lines);
            case 4 when lines.Count > 0:
                var indented = random.Next(lines.Count);
                var trimmed = lines[indented].TrimStart(' ');
                lines[indented] = new string(' ', random.Next(12)) + trimmed;
                return string.Concat(lines);
            case 5:
                return Insert(text, random, RandomChar(random).ToString());
            case 6:
                return Insert(text, random, Fragments[random.Next(Fragments.Length)]);
            case 7:
                return ReplaceSome(text, random, ' ', "\t");
            case 8:
                return random.Next(2) == 0 ? "\uFEFF" + text : Insert(text, random, "\uFEFF");
            case 9:
                return MixLineEndings(lines, random);
            case 10 when lines.Count > 1:
                var a = random.Next(lines.Count);
                var b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return string.Concat(lines);
            case 11 when lines.Count > 0:
                // A whole block again: duplicate codes, names, keys and sets.
                var start = random.Next(lines.Count);
                var length = Math.Min(lines.Count - start, 1 + random.Next(6));
                lines.InsertRange(start + length, lines.GetRange(start, length));
                return string.Concat(lines);
            case 12:
                return ReplaceNumber(text, random);
            default:
                return RandomText(random);
        }
    }

    /// <summary>Lines with their line breaks, so that joining them gives the text back.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    private static string FlipBit(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return Encoding.UTF8.GetString(bytes);
    }

    private static string Insert(string text, Random random, string what) => text.Insert(random.Next(text.Length + 1), what);

    private static string ReplaceSome(string text, Random random, char what, string with)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == what && random.Next(4) == 0 ? with : c.ToString());
        }

        return builder.ToString();
    }

    private static string MixLineEndings(List<string> lines, Random random)
    {
        var endings = new[] { "\n", "\r\n", "\r", "\u0085", "\u2028" };
        return string.Concat(lines.Select(line => line.EndsWith('\n') && random.Next(3) == 0
            ? line.TrimEnd('\n', '\r') + endings[random.Next(endings.Length)]
            : line));
    }

    private static string ReplaceNumber(string text, Random random)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToList();
        if (digits.Count == 0)
        {
            return text;
        }

        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var numbers = new[] { "2147483647", "2147483648", "-2147483648", "-2147483649", "0", "-0", "00", "1_000", "0x1F", "1.5", "9" + new string('9', 30) };
        return text.Substring(0, start) + numbers[random.Next(numbers.Length)] + text.Substring(end);
    }

    /// <summary>Any UTF-16 code unit, weighted towards the troublesome ones (controls, surrogates, separators).</summary>
    private static char RandomChar(Random random) => random.Next(4) switch
    {
        0 => (char)random.Next(0x20),
        1 => (char)random.Next(0xD800, 0xE000),
        2 => "\u0085\u2028\u2029\uFEFF\uFFFE\uFFFF\u00A0\u200B\u00E9\u4E2D"[random.Next(10)],
        _ => (char)random.Next(0x10000),
    };
}

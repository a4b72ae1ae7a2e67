using System.Collections.Generic;
using System.Text;

namespace StatusCodes.Definitions.Characters;

/// <summary>A Cyrillic or Greek letter that looks like a Latin one.</summary>
public sealed record LatinLookAlike(string Name, char Latin);

/// <summary>
/// Characters that make a name mean something other than it shows: invisible ones (zero-width,
/// soft hyphen, byte order mark, bidirectional controls) and letters of another script that look
/// like Latin ones. C# accepts most of them in identifiers, so only a definition-file check sees them.
/// </summary>
public static class Confusables
{
    private static readonly Dictionary<char, LatinLookAlike> LookAlikes = new()
    {
        ['\u0410'] = new("CYRILLIC CAPITAL LETTER A", 'A'),
        ['\u0412'] = new("CYRILLIC CAPITAL LETTER VE", 'B'),
        ['\u0415'] = new("CYRILLIC CAPITAL LETTER IE", 'E'),
        ['\u041A'] = new("CYRILLIC CAPITAL LETTER KA", 'K'),
        ['\u041C'] = new("CYRILLIC CAPITAL LETTER EM", 'M'),
        ['\u041D'] = new("CYRILLIC CAPITAL LETTER EN", 'H'),
        ['\u041E'] = new("CYRILLIC CAPITAL LETTER O", 'O'),
        ['\u0420'] = new("CYRILLIC CAPITAL LETTER ER", 'P'),
        ['\u0421'] = new("CYRILLIC CAPITAL LETTER ES", 'C'),
        ['\u0422'] = new("CYRILLIC CAPITAL LETTER TE", 'T'),
        ['\u0425'] = new("CYRILLIC CAPITAL LETTER HA", 'X'),
        ['\u0405'] = new("CYRILLIC CAPITAL LETTER DZE", 'S'),
        ['\u0406'] = new("CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", 'I'),
        ['\u0408'] = new("CYRILLIC CAPITAL LETTER JE", 'J'),
        ['\u0430'] = new("CYRILLIC SMALL LETTER A", 'a'),
        ['\u0435'] = new("CYRILLIC SMALL LETTER IE", 'e'),
        ['\u043E'] = new("CYRILLIC SMALL LETTER O", 'o'),
        ['\u0440'] = new("CYRILLIC SMALL LETTER ER", 'p'),
        ['\u0441'] = new("CYRILLIC SMALL LETTER ES", 'c'),
        ['\u0443'] = new("CYRILLIC SMALL LETTER U", 'y'),
        ['\u0445'] = new("CYRILLIC SMALL LETTER HA", 'x'),
        ['\u0455'] = new("CYRILLIC SMALL LETTER DZE", 's'),
        ['\u0456'] = new("CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", 'i'),
        ['\u0458'] = new("CYRILLIC SMALL LETTER JE", 'j'),
        ['\u0391'] = new("GREEK CAPITAL LETTER ALPHA", 'A'),
        ['\u0392'] = new("GREEK CAPITAL LETTER BETA", 'B'),
        ['\u0395'] = new("GREEK CAPITAL LETTER EPSILON", 'E'),
        ['\u0396'] = new("GREEK CAPITAL LETTER ZETA", 'Z'),
        ['\u0397'] = new("GREEK CAPITAL LETTER ETA", 'H'),
        ['\u0399'] = new("GREEK CAPITAL LETTER IOTA", 'I'),
        ['\u039A'] = new("GREEK CAPITAL LETTER KAPPA", 'K'),
        ['\u039C'] = new("GREEK CAPITAL LETTER MU", 'M'),
        ['\u039D'] = new("GREEK CAPITAL LETTER NU", 'N'),
        ['\u039F'] = new("GREEK CAPITAL LETTER OMICRON", 'O'),
        ['\u03A1'] = new("GREEK CAPITAL LETTER RHO", 'P'),
        ['\u03A4'] = new("GREEK CAPITAL LETTER TAU", 'T'),
        ['\u03A5'] = new("GREEK CAPITAL LETTER UPSILON", 'Y'),
        ['\u03A7'] = new("GREEK CAPITAL LETTER CHI", 'X'),
        ['\u03BF'] = new("GREEK SMALL LETTER OMICRON", 'o'),
        ['\u03BD'] = new("GREEK SMALL LETTER NU", 'v'),
    };

    /// <summary>The Latin letter <paramref name="c"/> looks like, or null.</summary>
    public static LatinLookAlike? LatinLookAlike(char c) => LookAlikes.TryGetValue(c, out var lookAlike) ? lookAlike : null;

    /// <summary>Zero-width and other invisible characters, the byte order mark and the bidirectional controls.</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E'
        or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u206F')
        or '\u3164' or '\uFEFF' or '\uFFA0' or (>= '\uFE00' and <= '\uFE0F') or (>= '\uFFF0' and <= '\uFFF8');

    /// <summary>The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a text shows.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>A space other than U+0020: no-break, ideographic, the typographic widths.</summary>
    public static bool IsOtherSpace(char c) => c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    /// <summary>
    /// The first character of <paramref name="name"/> that makes it not what it looks like: an
    /// invisible character, another space or a full-width form of an ASCII character anywhere, or a Cyrillic or Greek letter that looks like a
    /// Latin one in a name that also has Latin letters (a Russian or Greek name is not mixed because
    /// it has an 'ж' beside an 'é'). -1 when the name is clean. <paramref name="clean"/> is the name as
    /// the writer most likely meant it.
    /// </summary>
    public static int FindInName(string name, out string clean)
    {
        // Names are read by the thousand; the common clean name costs one pass and no allocation.
        var suspicious = false;
        foreach (var c in name)
        {
            if (c >= 0x80 && (IsInvisible(c) || IsOtherSpace(c) || c is >= '\uFF01' and <= '\uFF5E' || LookAlikes.ContainsKey(c)))
            {
                suspicious = true;
                break;
            }
        }

        if (!suspicious)
        {
            clean = name;
            return -1;
        }

        var hasLatin = false;
        var hasLookAlikeScript = false;
        foreach (var c in name)
        {
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7'))
            {
                hasLatin = true;
            }
            else if (LookAlikes.ContainsKey(c))
            {
                hasLookAlikeScript = true;
            }
        }

        var mixed = hasLatin && hasLookAlikeScript;
        var first = -1;
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (IsInvisible(c) || IsOtherSpace(c))
            {
                first = first < 0 ? i : first;
                continue;
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                // Full-width forms of ASCII ('Ｏｋ', '１'): C# takes the letters and digits, but they are not the ASCII name they show.
                first = first < 0 ? i : first;
                builder.Append((char)(c - 0xFEE0));
                continue;
            }

            if (mixed && LookAlikes.TryGetValue(c, out var lookAlike))
            {
                first = first < 0 ? i : first;
                builder.Append(lookAlike.Latin);
                continue;
            }

            builder.Append(c);
        }

        clean = builder.ToString();
        return first;
    }
}

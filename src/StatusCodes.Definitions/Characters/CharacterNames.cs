using System.Collections.Generic;
using System.Globalization;

namespace StatusCodes.Definitions.Characters;

/// <summary>
/// The Unicode names of the characters the findings about characters mention. A netstandard2.0
/// library has no Unicode name table, and a message that says only "U+FF1A" makes the reader look
/// it up; these are the characters that input methods and editors put into definition files.
/// </summary>
public static class CharacterNames
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['\t'] = "CHARACTER TABULATION",
        ['\u00A0'] = "NO-BREAK SPACE",
        ['\u00AD'] = "SOFT HYPHEN",
        ['\u061C'] = "ARABIC LETTER MARK",
        ['\u180E'] = "MONGOLIAN VOWEL SEPARATOR",
        ['\u2000'] = "EN QUAD",
        ['\u2001'] = "EM QUAD",
        ['\u2002'] = "EN SPACE",
        ['\u2003'] = "EM SPACE",
        ['\u2004'] = "THREE-PER-EM SPACE",
        ['\u2005'] = "FOUR-PER-EM SPACE",
        ['\u2006'] = "SIX-PER-EM SPACE",
        ['\u2007'] = "FIGURE SPACE",
        ['\u2008'] = "PUNCTUATION SPACE",
        ['\u2009'] = "THIN SPACE",
        ['\u200A'] = "HAIR SPACE",
        ['\u200B'] = "ZERO WIDTH SPACE",
        ['\u200C'] = "ZERO WIDTH NON-JOINER",
        ['\u200D'] = "ZERO WIDTH JOINER",
        ['\u200E'] = "LEFT-TO-RIGHT MARK",
        ['\u200F'] = "RIGHT-TO-LEFT MARK",
        ['\u2010'] = "HYPHEN",
        ['\u2011'] = "NON-BREAKING HYPHEN",
        ['\u2012'] = "FIGURE DASH",
        ['\u2013'] = "EN DASH",
        ['\u2014'] = "EM DASH",
        ['\u2015'] = "HORIZONTAL BAR",
        ['\u2018'] = "LEFT SINGLE QUOTATION MARK",
        ['\u2019'] = "RIGHT SINGLE QUOTATION MARK",
        ['\u201C'] = "LEFT DOUBLE QUOTATION MARK",
        ['\u201D'] = "RIGHT DOUBLE QUOTATION MARK",
        ['\u2028'] = "LINE SEPARATOR",
        ['\u2029'] = "PARAGRAPH SEPARATOR",
        ['\u202A'] = "LEFT-TO-RIGHT EMBEDDING",
        ['\u202B'] = "RIGHT-TO-LEFT EMBEDDING",
        ['\u202C'] = "POP DIRECTIONAL FORMATTING",
        ['\u202D'] = "LEFT-TO-RIGHT OVERRIDE",
        ['\u202E'] = "RIGHT-TO-LEFT OVERRIDE",
        ['\u202F'] = "NARROW NO-BREAK SPACE",
        ['\u205F'] = "MEDIUM MATHEMATICAL SPACE",
        ['\u2060'] = "WORD JOINER",
        ['\u2061'] = "FUNCTION APPLICATION",
        ['\u2062'] = "INVISIBLE TIMES",
        ['\u2063'] = "INVISIBLE SEPARATOR",
        ['\u2064'] = "INVISIBLE PLUS",
        ['\u2066'] = "LEFT-TO-RIGHT ISOLATE",
        ['\u2067'] = "RIGHT-TO-LEFT ISOLATE",
        ['\u2068'] = "FIRST STRONG ISOLATE",
        ['\u2069'] = "POP DIRECTIONAL ISOLATE",
        ['\u2212'] = "MINUS SIGN",
        ['\u2236'] = "RATIO",
        ['\u3000'] = "IDEOGRAPHIC SPACE",
        ['\u3001'] = "IDEOGRAPHIC COMMA",
        ['\u3010'] = "LEFT BLACK LENTICULAR BRACKET",
        ['\u3011'] = "RIGHT BLACK LENTICULAR BRACKET",
        ['\u30FC'] = "KATAKANA-HIRAGANA PROLONGED SOUND MARK",
        ['\uFE50'] = "SMALL COMMA",
        ['\uFE51'] = "SMALL IDEOGRAPHIC COMMA",
        ['\uFE55'] = "SMALL COLON",
        ['\uFE63'] = "SMALL HYPHEN-MINUS",
        ['\uFEFF'] = "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
        ['\uFF02'] = "FULLWIDTH QUOTATION MARK",
        ['\uFF03'] = "FULLWIDTH NUMBER SIGN",
        ['\uFF07'] = "FULLWIDTH APOSTROPHE",
        ['\uFF0B'] = "FULLWIDTH PLUS SIGN",
        ['\uFF0C'] = "FULLWIDTH COMMA",
        ['\uFF0D'] = "FULLWIDTH HYPHEN-MINUS",
        ['\uFF1A'] = "FULLWIDTH COLON",
        ['\uFF3B'] = "FULLWIDTH LEFT SQUARE BRACKET",
        ['\uFF3D'] = "FULLWIDTH RIGHT SQUARE BRACKET",
        ['\uFF5B'] = "FULLWIDTH LEFT CURLY BRACKET",
        ['\uFF5D'] = "FULLWIDTH RIGHT CURLY BRACKET",
        ['\uFFFD'] = "REPLACEMENT CHARACTER",
        [':'] = "COLON",
        [','] = "COMMA",
        ['-'] = "HYPHEN-MINUS",
        ['['] = "LEFT SQUARE BRACKET",
        [']'] = "RIGHT SQUARE BRACKET",
        ['{'] = "LEFT CURLY BRACKET",
        ['}'] = "RIGHT CURLY BRACKET",
        [' '] = "SPACE",
    };

    private static readonly string[] DigitNames = { "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE" };

    /// <summary><c>U+FF1A FULLWIDTH COLON</c>; for a character without a known name, its code and general category.</summary>
    public static string Name(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        if (Names.TryGetValue(c, out var name))
        {
            return code + " " + name;
        }

        if (c is >= '\uFF10' and <= '\uFF19')
        {
            return code + " FULLWIDTH DIGIT " + DigitNames[c - '\uFF10'];
        }

        if (Confusables.LatinLookAlike(c) is { } lookAlike)
        {
            return code + " " + lookAlike.Name;
        }

        return code + " (" + Describe(CharUnicodeInfo.GetUnicodeCategory(c)) + ")";
    }

    /// <summary>The character shown in quotes with its name, or only its name when it cannot be seen.</summary>
    public static string Quote(char c)
        => IsVisible(c) ? "'" + c + "' (" + Name(c) + ")" : Name(c);

    private static bool IsVisible(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return c != '\uFEFF' && category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark);
    }

    private static string Describe(UnicodeCategory category) => category switch
    {
        UnicodeCategory.DecimalDigitNumber => "a digit",
        UnicodeCategory.Format => "an invisible formatting character",
        UnicodeCategory.SpaceSeparator => "a space",
        UnicodeCategory.Control => "a control character",
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => "a letter",
        _ => "a character of category " + category,
    };
}

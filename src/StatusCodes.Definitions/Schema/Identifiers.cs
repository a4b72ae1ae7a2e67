using System.Globalization;
using System.Text;

namespace StatusCodes.Definitions.Schema;

/// <summary>C# identifier rules (ECMA-334 §6.4.3) without the compiler: keywords are valid here, the emitter escapes them.</summary>
public static class Identifiers
{
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        if (!IsStart(name![0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsPart(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValidNamespace(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var part in name!.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last part of a dotted name: <c>HttpStatusCode</c> for <c>System.Net.HttpStatusCode</c>.</summary>
    public static string SimpleName(string dottedName) => dottedName.Substring(dottedName.LastIndexOf('.') + 1);

    /// <summary>A valid identifier made from <paramref name="text"/>: words joined in PascalCase, a leading digit prefixed.</summary>
    public static string Suggest(string? text)
    {
        var builder = new StringBuilder();
        var upperNext = true;
        foreach (var c in text ?? string.Empty)
        {
            if (IsPart(c) && c != '_')
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            return "Name";
        }

        return IsStart(builder[0]) ? builder.ToString() : "Code" + builder;
    }

    private static bool IsStart(char c) => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    private static bool IsPart(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category)
            || category is UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.Format;
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter
        or UnicodeCategory.LetterNumber;
}

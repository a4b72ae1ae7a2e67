using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>The set's data: counts, names, the texts (stored once as UTF-8 where the language allows, else string arrays) and the values.</summary>
internal sealed partial class SetEmitter
{
    private void WriteTables()
    {
        var codes = _set.Codes;
        _w.Line("private const int Count = " + CSharpNames.Number(codes.Count) + ";");
        _w.Line("private const int LocaleCount = " + CSharpNames.Number(_set.Locales.Count) + ";");
        _w.Line();
        WriteStringArray("s_names", codes.Select(c => c.Name), null);
        if (_features.HasUtf8Literals)
        {
            WriteUtf8Texts();
        }
        else
        {
            foreach (var table in TextTables())
            {
                if (table.Localized)
                {
                    WriteLocalizedArray(table.Field, table.Rows);
                }
                else
                {
                    WriteStringArray(table.Field, table.Rows[0], null);
                }
            }
        }

        _w.Line("private static readonly " + _type + "[] s_values =");
        _w.OpenBrace();
        foreach (var chunk in Chunks(codes.Select(c => "(" + _type + ")" + LiteralOrParenthesized(c.Code)), 8))
        {
            _w.Line(chunk);
        }

        _w.CloseBrace(";");
        _w.Line();
    }

    /// <summary>
    /// The set's text tables, in the order both storages keep them: the reasons (one invariant row),
    /// then the titles, the descriptions and (with categories) the categories' titles and
    /// descriptions, each a row per locale, and last the reference links (one invariant row) when
    /// any code has one.
    /// </summary>
    private List<(string Field, string Label, bool Localized, List<List<string>> Rows)> TextTables()
    {
        var codes = _set.Codes;
        var categories = _set.Categories;
        List<List<string>> PerLocale(System.Func<int, IEnumerable<string>> row)
            => Enumerable.Range(0, _set.Locales.Count).Select(locale => row(locale).ToList()).ToList();

        var tables = new List<(string Field, string Label, bool Localized, List<List<string>> Rows)>
        {
            ("s_reasons", "reasons", false, new List<List<string>> { codes.Select(c => c.Reason).ToList() }),
            ("s_titles", "titles", true, PerLocale(locale => codes.Select(c => c.Titles[locale]))),
            ("s_descriptions", "descriptions", true, PerLocale(locale => codes.Select(c => c.Descriptions[locale]))),
        };
        if (HasCategories)
        {
            tables.Add(("s_categoryTitles", "category titles", true, PerLocale(locale => Enumerable.Range(0, categories.Count + 1).Select(i => CategoryText(categories, i, c => c.Titles[locale])))));
            tables.Add(("s_categoryDescriptions", "category descriptions", true, PerLocale(locale => Enumerable.Range(0, categories.Count + 1).Select(i => CategoryText(categories, i, c => c.Descriptions[locale])))));
        }

        // Read by GetReference (ReferenceEmitter); the empty string stands for a code without one.
        if (ReferenceEmitter.HasReferences(_set))
        {
            tables.Add(("s_references", "references", false, new List<List<string>> { codes.Select(c => c.Reference ?? string.Empty).ToList() }));
        }

        return tables;
    }

    /// <summary>Column 0 of the category tables is <c>None</c>, whose texts are empty.</summary>
    private static string CategoryText(IReadOnlyList<CategoryModel> categories, int column, System.Func<CategoryModel, string> text)
        => column == 0 ? string.Empty : text(categories[column - 1]);

    // private static ReadOnlySpan<byte> Texts => """
    //     Continue
    //     Switching Protocols
    //     …
    //     """u8;
    // private static readonly int[] s_textEnds = StatusCodeTables.Ends(Texts, 1042);
    // private const int TitlesStart = Count; …
    // private static readonly string[] s_titles = StatusCodeTables.Decode(Texts, s_textEnds, TitlesStart, LocaleCount * Count); …
    /// <summary>
    /// The texts stored once, as UTF-8 data in the assembly: reasons, titles, descriptions, then the
    /// categories' titles and descriptions, each table row by locale. The string tables are decoded
    /// from it when the type initializes (so every string lookup stays one array index), and the
    /// UTF-8 members return slices of it. The texts are the lines of one raw literal; where a text
    /// cannot be a raw line (a line break or control character in it), each text is a literal of
    /// its own, ending in the separating line break, and the concatenation is grouped in
    /// parentheses so that the expression stays shallow however many texts a set has.
    /// </summary>
    private void WriteUtf8Texts()
    {
        var rows = TextTables()
            .SelectMany(t => t.Rows.Select((texts, locale) => (Label: t.Localized ? t.Label + ", " + _set.Locales[locale] : t.Label, Texts: texts)))
            .ToList();
        var texts = rows.SelectMany(r => r.Texts).ToList();
        _cancellationToken.ThrowIfCancellationRequested();
        var isRaw = texts.Count > 0 && texts.All(FitsRawLine) && texts.Any(t => t.Length > 0);
        _w.Line("// The texts as UTF-8, one per line (text i is Texts[Start(i) .. s_textEnds[i]], Start(i) = s_textEnds[i - 1] + 1):");
        _w.Line("// " + string.Join(", ", rows.Select(r => r.Label + " (" + CSharpNames.Number(r.Texts.Count) + ")")) + ".");
        if (texts.Count == 0)
        {
            _w.Line("private static " + KnownTypes.ByteSpan + " Texts => default;");
        }
        else if (isRaw)
        {
            // A raw literal: no escapes, and no operator for the compiler to resolve per text.
            var quotes = new string('"', System.Math.Max(3, texts.Max(LongestQuoteRun) + 1));
            _w.Line("private static " + KnownTypes.ByteSpan + " Texts => " + quotes);
            _w.Indent();
            foreach (var text in texts)
            {
                _w.Line(text);
            }

            _w.Line(quotes + "u8;");
            _w.Unindent();
        }
        else
        {
            _w.Line("private static " + KnownTypes.ByteSpan + " Texts =>");
            _w.Indent();
            var literals = texts.Select((t, i) => CSharpNames.Literal(i < texts.Count - 1 ? t + "\n" : t) + "u8").ToList();
            WriteUtf8Concatenation(literals, 0, literals.Count, ";");
            _w.Unindent();
        }

        _w.Line();
        if (texts.Count == 0)
        {
            _w.Line("private static readonly int[] s_textEnds = " + KnownTypes.Array + ".Empty<int>();");
            _w.Line();
        }
        else if (isRaw)
        {
            // The line breaks of the literal are the ends: found when the type initializes, they cost
            // no data of their own in the assembly.
            _w.Line("private static readonly int[] s_textEnds = " + _tables + ".Ends(Texts, " + CSharpNames.Number(texts.Count) + ");");
            _w.Line();
        }
        else
        {
            WriteIntArray("s_textEnds", TextEnds(texts));
        }

        _w.Line("private const int ReasonsStart = 0;");
        _w.Line("private const int TitlesStart = Count;");
        _w.Line("private const int DescriptionsStart = TitlesStart + (LocaleCount * Count);");
        if (HasCategories)
        {
            _w.Line("private const int CategoryTitlesStart = DescriptionsStart + (LocaleCount * Count);");
            _w.Line("private const int CategoryDescriptionsStart = CategoryTitlesStart + (LocaleCount * CategoryColumns);");
        }

        var hasReferences = ReferenceEmitter.HasReferences(_set);
        if (hasReferences)
        {
            _w.Line("private const int ReferencesStart = " + (HasCategories ? "CategoryDescriptionsStart + (LocaleCount * CategoryColumns);" : "DescriptionsStart + (LocaleCount * Count);"));
        }

        _w.Line();
        string Decode(string start, string count) => _tables + ".Decode(Texts, s_textEnds, " + start + ", " + count + ");";
        _w.Line("private static readonly string[] s_reasons = " + Decode("ReasonsStart", "Count"));
        _w.Line("private static readonly string[] s_titles = " + Decode("TitlesStart", "LocaleCount * Count"));
        _w.Line("private static readonly string[] s_descriptions = " + Decode("DescriptionsStart", "LocaleCount * Count"));
        if (HasCategories)
        {
            _w.Line("private static readonly string[] s_categoryTitles = " + Decode("CategoryTitlesStart", "LocaleCount * CategoryColumns"));
            _w.Line("private static readonly string[] s_categoryDescriptions = " + Decode("CategoryDescriptionsStart", "LocaleCount * CategoryColumns"));
        }

        if (hasReferences)
        {
            _w.Line("private static readonly string[] s_references = " + Decode("ReferencesStart", "Count"));
        }

        _w.Line();
        Doc("Text <paramref name=\"index\"/> of <see cref=\"Texts\"/>.");
        _w.Line("private static " + KnownTypes.ByteSpan + " Text(int index) => " + _tables + ".Text(Texts, s_textEnds, index);");
        _w.Line();
    }

    /// <summary>The offset of the line break after each text (the last text's is one past the data).</summary>
    private static List<int> TextEnds(List<string> texts)
    {
        var ends = new List<int>(texts.Count);
        var end = -1;
        foreach (var text in texts)
        {
            end += 1 + Encoding.UTF8.GetByteCount(text);
            ends.Add(end);
        }

        return ends;
    }

    /// <summary>
    /// Whether a text can be a line of a raw string literal as it is: no line break of any kind (C#
    /// also breaks lines at U+0085, U+2028 and U+2029), no other control character, and not only
    /// white space (a raw literal empties such a line).
    /// </summary>
    private static bool FitsRawLine(string text)
        => text.All(c => c >= ' ' && c != '\u007F' && !(c >= '\u0080' && c <= '\u009F') && c != '\u2028' && c != '\u2029')
            && (text.Length == 0 || text.Trim().Length > 0);

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>
    /// Writes <paramref name="count"/> literals from <paramref name="first"/> joined by <c>+</c>, one per
    /// line: runs of up to 16, and longer lists as up to 16 parenthesized groups, recursively.
    /// </summary>
    private void WriteUtf8Concatenation(IReadOnlyList<string> literals, int first, int count, string end)
    {
        const int Fanout = 16;
        if (count <= Fanout)
        {
            for (var i = 0; i < count; i++)
            {
                _w.Line(literals[first + i] + (i < count - 1 ? " +" : end));
            }

            return;
        }

        var size = Fanout;
        while ((long)size * Fanout < count)
        {
            size *= Fanout;
        }

        for (var start = 0; start < count; start += size)
        {
            var length = System.Math.Min(size, count - start);
            var last = start + length >= count;
            if (length == 1)
            {
                _w.Line(literals[first + start] + (last ? end : " +"));
                continue;
            }

            _w.Line("(");
            _w.Indent();
            WriteUtf8Concatenation(literals, first + start, length, string.Empty);
            _w.Unindent();
            _w.Line(")" + (last ? end : " +"));
        }
    }

    private void WriteStringArray(string field, IEnumerable<string> values, string? comment)
    {
        _w.Line("private static readonly string[] " + field + " =");
        _w.OpenBrace();
        if (comment is not null)
        {
            _w.Line("// " + comment);
        }

        foreach (var value in values)
        {
            _w.Line(CSharpNames.Literal(value) + ",");
        }

        _w.CloseBrace(";");
        _w.Line();
    }

    /// <summary>A flat table: row <c>locale</c>, column <c>slot</c>, at <c>locale * columns + slot</c>.</summary>
    private void WriteLocalizedArray(string field, List<List<string>> rows)
    {
        _w.Line("private static readonly string[] " + field + " =");
        _w.OpenBrace();
        for (var locale = 0; locale < rows.Count; locale++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _w.Line("// " + _set.Locales[locale]);
            foreach (var text in rows[locale])
            {
                _w.Line(CSharpNames.Literal(text) + ",");
            }
        }

        _w.CloseBrace(";");
        _w.Line();
    }

    private void WriteIntArray(string field, IEnumerable<int> values)
    {
        var items = values.Select(LiteralOrParenthesized).ToList();
        _w.Line("private static readonly int[] " + field + " =");
        _w.OpenBrace();
        foreach (var chunk in Chunks(items, 16))
        {
            _w.Line(chunk);
        }

        _w.CloseBrace(";");
        _w.Line();
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Parsing;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits one set: its enum, its category enum and the extensions class. Lookups go through flat
/// tables (one row per project locale), so no call allocates, reflects or uses <c>System.Enum</c>.
/// Generated code never names an enum member, so [Obsolete] members cannot warn inside it.
/// </summary>
internal sealed class SetEmitter
{
    private const string CultureInfo = "global::System.Globalization.CultureInfo";
    private const string Span = "global::System.ReadOnlySpan<char>";
    private const string Memory = "global::System.MemoryExtensions";
    private const string IgnoreCase = "global::System.StringComparison.OrdinalIgnoreCase";

    private readonly SetModel _set;
    private readonly EmitFeatures _features;
    private readonly SourceWriter _w = new();
    private readonly string _type;
    private readonly string _categoryType;
    private readonly string _locale;
    private readonly string _locales;
    private readonly SlotLayout _layout;
    private readonly CancellationToken _cancellationToken;
    private bool _hasOlderNames;
    private bool _nameTablesAreStrings;

    private SetEmitter(SetModel set, EmitFeatures features, CancellationToken cancellationToken)
    {
        _set = set;
        _features = features;
        _cancellationToken = cancellationToken;
        _type = CSharpNames.Global(set.Namespace, set.Name);
        _categoryType = CSharpNames.Global(set.Namespace, GeneratedTypeNames.CategoryEnum(set.Name));
        _locale = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.EnumName);
        _locales = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.ClassName);
        _layout = SlotLayout.For(set.Codes.Select(c => c.Code).ToList(), set.Locales.Count);
    }

    public static string HintName(SetModel set) => set.Namespace + "." + set.Name + ".g.cs";

    /// <summary>The set's source file. Checks <paramref name="cancellationToken"/> per code and per table row, so a large set stops promptly.</summary>
    public static string Emit(SetModel set, EmitFeatures features, CancellationToken cancellationToken = default) => new SetEmitter(set, features, cancellationToken).Emit();

    private bool HasCategories => !_set.Categories.IsEmpty;

    private string Access => GeneratedCode.Accessibility(_set.IsPublic);

    /// <summary>
    /// The locale of the XML docs' summaries: the project's default locale (StatusCodesDefaultLocale)
    /// when this file provides it, else the file's own default. The other locales go in remarks.
    /// </summary>
    private string DocumentationLocale => _set.FileLocales.Contains(_set.Locales[0]) ? _set.Locales[0] : _set.FileDefaultLocale;

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_set.Namespace)))
        {
            WriteEnum();
            if (HasCategories)
            {
                _w.Line();
                WriteCategoryEnum();
            }

            _w.Line();
            WriteExtensions();
        }

        return _w.ToString();
    }

    private void WriteEnum()
    {
        var docLocale = DocumentationLocale;
        var summary = _set.Summary.Get(docLocale) ?? _set.Summary.Get(_set.FileDefaultLocale) ?? ("Status codes of the " + _set.Name + " set.");
        DocumentationWriter.Summary(_w, summary);
        DocumentationWriter.Remarks(_w, _set.FileLocales, docLocale, _set.Summary, Definitions.Model.LocalizedText.None, null);
        _w.Line(GeneratedCode.Attribute);
        using (_w.Block(Access + " enum " + CSharpNames.Identifier(_set.Name)))
        {
            var first = true;
            foreach (var code in _set.Codes)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!first)
                {
                    _w.Line();
                }

                first = false;
                var title = code.Title.Get(docLocale) ?? code.Titles[0];
                var description = code.Description.Get(docLocale);
                DocumentationWriter.Summary(_w, "<c>" + Format(code.Code) + "</c> " + CSharpNames.XmlText(DocumentationWriter.Join(title, description)), escaped: false);
                DocumentationWriter.Remarks(_w, _set.FileLocales, docLocale, code.Title, code.Description, code.Reference);
                if (code.Deprecated is not null)
                {
                    _w.Line("[global::System.Obsolete(" + CSharpNames.Literal(code.Deprecated) + ")]");
                }

                // Older names are not members: .NET picks any one of equal-valued members for
                // ToString, Enum.GetName and JsonStringEnumConverter, which would leak them.
                _w.Line(CSharpNames.Identifier(code.Name) + " = " + Format(code.Code) + ",");
            }
        }
    }

    private void WriteCategoryEnum()
    {
        DocumentationWriter.Summary(_w, "The categories (code ranges) of <see cref=\"" + CSharpNames.Identifier(_set.Name) + "\"/>.", escaped: false);
        _w.Line(GeneratedCode.Attribute);
        using (_w.Block(Access + " enum " + CSharpNames.Identifier(GeneratedTypeNames.CategoryEnum(_set.Name))))
        {
            DocumentationWriter.Summary(_w, "A code outside every category.");
            _w.Line("None = 0,");
            var value = 1;
            foreach (var category in _set.Categories)
            {
                _w.Line();
                var title = category.Title.Get(DocumentationLocale) ?? category.Titles[0];
                DocumentationWriter.Summary(_w, "<c>" + Format(category.From) + "</c> to <c>" + Format(category.To) + "</c>: " + CSharpNames.XmlText(title), escaped: false);
                DocumentationWriter.Remarks(_w, _set.FileLocales, DocumentationLocale, category.Title, Definitions.Model.LocalizedText.None, null);
                _w.Line(CSharpNames.Identifier(category.Name) + " = " + Format(value++) + ",");
            }
        }
    }

    private void WriteExtensions()
    {
        var typeName = CSharpNames.Identifier(_set.Name);
        DocumentationWriter.Summary(
            _w,
            "Allocation-free lookups for <see cref=\"" + typeName + "\"/>: names, codes, reason phrases, and titles and descriptions in every <see cref=\"" + _locale + "\"/>.",
            escaped: false);
        _w.Line(GeneratedCode.Attribute);
        _w.Line(GeneratedCode.ExcludeFromCoverage);
        using (_w.Block(Access + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(_set.Name))))
        {
            WriteTables();
            if (HasOlderNames)
            {
                WriteOlderNames();
            }

            WriteSlotLookup();
            WriteNameMembers();
            WriteParseMembers();
            WriteTextMembers("Title", "s_titles", "title");
            WriteTextMembers("Description", "s_descriptions", "description");
            if (HasCategories)
            {
                WriteCategoryMembers();
            }

            if (!_set.Tags.IsEmpty)
            {
                WriteTagMembers();
            }
        }
    }

    /// <summary>
    /// For each tag: <c>Is{Tag}()</c> as a switch on the code, and <c>Get{Tag}Values()</c> as a view
    /// of a static array, so neither allocates. One collection type serves every tag of the set.
    /// </summary>
    private void WriteTagMembers()
    {
        var t = _type;
        foreach (var tag in _set.Tags)
        {
            var members = tag.Codes.Select(code => t + "." + CSharpNames.Identifier(_set.Codes.First(c => c.Code == code).Name)).ToList();
            _w.Line("private static readonly " + t + "[] s_" + char.ToLowerInvariant(tag.Name[0]) + tag.Name.Substring(1) + "Values = " + (members.Count == 0 ? "global::System.Array.Empty<" + t + ">();" : "new " + t + "[]"));
            if (members.Count > 0)
            {
                _w.OpenBrace();
                foreach (var member in members)
                {
                    _w.Line(member + ",");
                }

                _w.CloseBrace(";");
            }

            _w.Line();
        }

        foreach (var tag in _set.Tags)
        {
            var title = CSharpNames.XmlText(tag.Titles[0]);
            Doc("Whether <paramref name=\"value\"/> has the tag " + tag.Name + " (" + title + ").");
            if (tag.Codes.IsEmpty)
            {
                _w.Line("public static bool Is" + tag.Name + "(this " + t + " value) => false;");
            }
            else
            {
                _w.Line("public static bool Is" + tag.Name + "(this " + t + " value) => (int)value switch");
                _w.OpenBrace();
                foreach (var code in tag.Codes)
                {
                    _w.Line(Format(code) + " => true,");
                }

                _w.Line("_ => false,");
                _w.CloseBrace(";");
            }

            _w.Line();
            Doc("The codes with the tag " + tag.Name + " (" + title + "), in code order. Neither the call nor a <c>foreach</c> over the result allocates.");
            _w.Line("public static TagValueCollection Get" + tag.Name + "Values() => new TagValueCollection(s_" + char.ToLowerInvariant(tag.Name[0]) + tag.Name.Substring(1) + "Values);");
            _w.Line();
        }

        var list = "global::System.Collections.Generic.IReadOnlyList<" + t + ">";
        Doc("The codes with one tag, in code order: a view of a static array. <c>foreach</c> over it allocates nothing.");
        _w.Line("public readonly struct TagValueCollection : " + list);
        _w.OpenBrace();
        _w.Line("private readonly " + t + "[]? _items;");
        _w.Line();
        _w.Line("internal TagValueCollection(" + t + "[] items) => _items = items;");
        _w.Line();
        Doc("The number of codes.");
        _w.Line("public int Count => _items is null ? 0 : _items.Length;");
        _w.Line();
        Doc("The code at <paramref name=\"index\"/>.", "<exception cref=\"global::System.IndexOutOfRangeException\"><paramref name=\"index\"/> is negative or not less than <see cref=\"Count\"/>.</exception>");
        _w.Line("public " + t + " this[int index] => (_items ?? global::System.Array.Empty<" + t + ">())[index];");
        _w.Line();
        Doc("An enumerator that is a struct, so <c>foreach</c> allocates nothing.");
        _w.Line("public Enumerator GetEnumerator() => new Enumerator(_items);");
        _w.Line();
        _w.Line("global::System.Collections.Generic.IEnumerator<" + t + "> global::System.Collections.Generic.IEnumerable<" + t + ">.GetEnumerator() => GetEnumerator();");
        _w.Line();
        _w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        _w.Line();
        Doc("Enumerates the codes; it starts before the first.");
        _w.Line("public struct Enumerator : global::System.Collections.Generic.IEnumerator<" + t + ">");
        _w.OpenBrace();
        _w.Line("private readonly " + t + "[]? _items;");
        _w.Line();
        _w.Line("// The index of Current plus one, so that a new enumerator starts before the first item.");
        _w.Line("private int _next;");
        _w.Line();
        _w.Line("internal Enumerator(" + t + "[]? items)");
        _w.OpenBrace();
        _w.Line("_items = items;");
        _w.Line("_next = 0;");
        _w.CloseBrace();
        _w.Line();
        WriteEnumeratorMembers(t, "_items![_next - 1]", "_items != null && _next < _items.Length", "code");
        _w.CloseBrace();
        _w.Line();
    }

    private bool HasOlderNames => _set.Codes.Any(c => !c.Aliases.IsEmpty);

    private string OlderNameMessage(CodeModel code, string alias)
        => "Use " + _set.Name + "." + code.Name + " instead: " + alias + " is an older name of code " + Format(code.Code) + ".";

    /// <summary>
    /// The older names as typed constants (usable in <c>case</c> labels and attributes in every
    /// language version, and read by the analyzers), and from C# 14 as static members of the enum
    /// itself, so that source written against an older name still compiles, with a warning.
    /// </summary>
    private void WriteOlderNames()
    {
        var typeName = CSharpNames.Identifier(_set.Name);
        DocumentationWriter.Summary(
            _w,
            "Older names of <see cref=\"" + typeName + "\"/> codes. They are not members of the enum, so <c>ToString()</c>, <c>Enum.GetName</c> and serializers never write them; <c>TryParse</c> still reads them.",
            escaped: false);
        _w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (_w.Block("public static class " + GeneratedTypeNames.OlderNamesClass))
        {
            WriteOlderNameMembers(".", (alias, value) => "public const " + _type + " " + alias + " = " + value + ";");
        }

        _w.Line();
        if (!_features.HasStaticExtensions)
        {
            return;
        }

        using (_w.Block("extension(" + _type + ")"))
        {
            WriteOlderNameMembers("; not a constant.", (alias, value) => "public static " + _type + " " + alias + " => " + value + ";");
        }

        _w.Line();
    }

    /// <summary>One obsolete member per older name, documented with its code; <paramref name="declaration"/> gets the escaped name and the typed value.</summary>
    private void WriteOlderNameMembers(string summaryEnd, System.Func<string, string, string> declaration)
    {
        var first = true;
        foreach (var code in _set.Codes)
        {
            foreach (var alias in code.Aliases)
            {
                if (!first)
                {
                    _w.Line();
                }

                first = false;
                DocumentationWriter.Summary(_w, "<c>" + Format(code.Code) + "</c> An older name of <see cref=\"" + _type + "." + CSharpNames.Identifier(code.Name) + "\"/>" + summaryEnd, escaped: false);
                _w.Line("[global::System.Obsolete(" + CSharpNames.Literal(OlderNameMessage(code, alias)) + ")]");
                _w.Line(declaration(CSharpNames.Identifier(alias), "(" + _type + ")" + LiteralOrParenthesized(code.Code)));
            }
        }
    }

    private void WriteTables()
    {
        var codes = _set.Codes;
        _w.Line("private const int Count = " + Format(codes.Count) + ";");
        _w.Line("private const int LocaleCount = " + Format(_set.Locales.Count) + ";");
        _w.Line();
        WriteStringArray("s_names", codes.Select(c => c.Name), null);
        if (_features.HasUtf8Literals)
        {
            WriteUtf8Texts();
        }
        else
        {
            WriteStringArray("s_reasons", codes.Select(c => c.Reason), null);
            WriteLocalizedArray("s_titles", codes.Count, (locale, i) => codes[i].Titles[locale]);
            WriteLocalizedArray("s_descriptions", codes.Count, (locale, i) => codes[i].Descriptions[locale]);
            if (HasCategories)
            {
                var categories = _set.Categories;
                WriteLocalizedArray("s_categoryTitles", categories.Count + 1, (locale, i) => CategoryText(categories, i, c => c.Titles[locale]));
                WriteLocalizedArray("s_categoryDescriptions", categories.Count + 1, (locale, i) => CategoryText(categories, i, c => c.Descriptions[locale]));
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

    /// <summary>Column 0 of the category tables is <c>None</c>, whose texts are empty.</summary>
    private static string CategoryText(IReadOnlyList<CategoryModel> categories, int column, System.Func<CategoryModel, string> text)
        => column == 0 ? string.Empty : text(categories[column - 1]);

    // private static ReadOnlySpan<byte> Texts => ("Continue"u8 + "Switching Protocols"u8 + …) + (…);
    // private static readonly int[] s_textEnds = { 8, 27, … };
    // private const int TitlesStart = Count; …
    // private static readonly string[] s_titles = Decode(TitlesStart, LocaleCount * Count); …
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
        var codes = _set.Codes;
        var rows = new List<(string Label, List<string> Texts)> { ("reasons", codes.Select(c => c.Reason).ToList()) };
        for (var locale = 0; locale < _set.Locales.Count; locale++)
        {
            rows.Add(("titles, " + _set.Locales[locale], codes.Select(c => c.Titles[locale]).ToList()));
        }

        for (var locale = 0; locale < _set.Locales.Count; locale++)
        {
            rows.Add(("descriptions, " + _set.Locales[locale], codes.Select(c => c.Descriptions[locale]).ToList()));
        }

        var categories = _set.Categories;
        if (HasCategories)
        {
            for (var locale = 0; locale < _set.Locales.Count; locale++)
            {
                rows.Add(("category titles, " + _set.Locales[locale], Enumerable.Range(0, categories.Count + 1).Select(i => CategoryText(categories, i, c => c.Titles[locale])).ToList()));
            }

            for (var locale = 0; locale < _set.Locales.Count; locale++)
            {
                rows.Add(("category descriptions, " + _set.Locales[locale], Enumerable.Range(0, categories.Count + 1).Select(i => CategoryText(categories, i, c => c.Descriptions[locale])).ToList()));
            }
        }

        var texts = rows.SelectMany(r => r.Texts).ToList();
        _cancellationToken.ThrowIfCancellationRequested();
        _w.Line("// The texts as UTF-8, one per line (text i is Texts[Start(i) .. s_textEnds[i]], Start(i) = s_textEnds[i - 1] + 1):");
        _w.Line("// " + string.Join(", ", rows.Select(r => r.Label + " (" + Format(r.Texts.Count) + ")")) + ".");
        if (texts.Count == 0)
        {
            _w.Line("private static global::System.ReadOnlySpan<byte> Texts => default;");
        }
        else if (texts.All(FitsRawLine) && texts.Any(t => t.Length > 0))
        {
            // A raw literal: no escapes, and no operator for the compiler to resolve per text.
            var quotes = new string('"', System.Math.Max(3, texts.Max(LongestQuoteRun) + 1));
            _w.Line("private static global::System.ReadOnlySpan<byte> Texts => " + quotes);
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
            _w.Line("private static global::System.ReadOnlySpan<byte> Texts =>");
            _w.Indent();
            var literals = texts.Select((t, i) => CSharpNames.Literal(i < texts.Count - 1 ? t + "\n" : t) + "u8").ToList();
            WriteUtf8Concatenation(literals, 0, literals.Count, ";");
            _w.Unindent();
        }

        _w.Line();
        var ends = new List<int>(texts.Count);
        var end = -1;
        foreach (var text in texts)
        {
            end += 1 + Encoding.UTF8.GetByteCount(text);
            ends.Add(end);
        }

        if (ends.Count == 0)
        {
            _w.Line("private static readonly int[] s_textEnds = global::System.Array.Empty<int>();");
            _w.Line();
        }
        else
        {
            WriteIntArray("s_textEnds", ends);
        }

        _w.Line("private const int ReasonsStart = 0;");
        _w.Line("private const int TitlesStart = Count;");
        _w.Line("private const int DescriptionsStart = TitlesStart + (LocaleCount * Count);");
        if (HasCategories)
        {
            _w.Line("private const int CategoryTitlesStart = DescriptionsStart + (LocaleCount * Count);");
            _w.Line("private const int CategoryDescriptionsStart = CategoryTitlesStart + (LocaleCount * CategoryColumns);");
        }

        _w.Line();
        _w.Line("private static readonly string[] s_reasons = Decode(ReasonsStart, Count);");
        _w.Line("private static readonly string[] s_titles = Decode(TitlesStart, LocaleCount * Count);");
        _w.Line("private static readonly string[] s_descriptions = Decode(DescriptionsStart, LocaleCount * Count);");
        if (HasCategories)
        {
            _w.Line("private static readonly string[] s_categoryTitles = Decode(CategoryTitlesStart, LocaleCount * CategoryColumns);");
            _w.Line("private static readonly string[] s_categoryDescriptions = Decode(CategoryDescriptionsStart, LocaleCount * CategoryColumns);");
        }

        _w.Line();
        using (_w.Block("private static string[] Decode(int first, int count)"))
        {
            _w.Line("string[] texts = new string[count];");
            _w.Line("if (count == 0)");
            _w.OpenBrace();
            _w.Line("return texts;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("int start = first == 0 ? 0 : s_textEnds[first - 1] + 1;");
            _w.Line("byte[] bytes = Texts.Slice(start, s_textEnds[first + count - 1] - start).ToArray();");
            _w.Line("for (int i = 0, from = 0; i < count; i++)");
            _w.OpenBrace();
            _w.Line("int to = s_textEnds[first + i] - start;");
            _w.Line("texts[i] = global::System.Text.Encoding.UTF8.GetString(bytes, from, to - from);");
            _w.Line("from = to + 1;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("return texts;");
        }

        _w.Line();
        Doc("Text <paramref name=\"index\"/> of <see cref=\"Texts\"/>.");
        using (_w.Block("private static global::System.ReadOnlySpan<byte> Text(int index)"))
        {
            _w.Line("int start = index == 0 ? 0 : s_textEnds[index - 1] + 1;");
            _w.Line("return Texts.Slice(start, s_textEnds[index] - start);");
        }

        _w.Line();
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

    // public readonly struct ValueCollection : IReadOnlyList<S>
    // {
    //     public int Count => s_values.Length;
    //     public S this[int index] => s_values[index];
    //     public Enumerator GetEnumerator() => default;   // foreach binds to this: no boxing
    //     public struct Enumerator : IEnumerator<S> { ... }
    // }
    /// <summary>
    /// A read-only view of one static array as a struct, with a struct enumerator: <c>foreach</c>
    /// binds to the public <c>GetEnumerator()</c> and allocates nothing, while the interface keeps
    /// LINQ and <c>IReadOnlyList&lt;T&gt;</c> parameters working (those box, as any struct does).
    /// </summary>
    private void WriteCollection(string name, string element, string array, string what)
    {
        var list = "global::System.Collections.Generic.IReadOnlyList<" + element + ">";
        Doc("The " + what + " in code order: a view of a static array. <c>foreach</c> over it allocates nothing.");
        _w.Line("public readonly struct " + name + " : " + list);
        _w.OpenBrace();
        Doc("The number of codes.");
        _w.Line("public int Count => " + array + ".Length;");
        _w.Line();
        Doc("The item at <paramref name=\"index\"/>.", "<exception cref=\"global::System.IndexOutOfRangeException\"><paramref name=\"index\"/> is negative or not less than <see cref=\"Count\"/>.</exception>");
        _w.Line("public " + element + " this[int index] => " + array + "[index];");
        _w.Line();
        Doc("An enumerator that is a struct, so <c>foreach</c> allocates nothing.");
        _w.Line("public Enumerator GetEnumerator() => default;");
        _w.Line();
        _w.Line("global::System.Collections.Generic.IEnumerator<" + element + "> global::System.Collections.Generic.IEnumerable<" + element + ">.GetEnumerator() => default(Enumerator);");
        _w.Line();
        _w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => default(Enumerator);");
        _w.Line();
        Doc("Enumerates the " + what + "; the default value starts before the first.");
        _w.Line("public struct Enumerator : global::System.Collections.Generic.IEnumerator<" + element + ">");
        _w.OpenBrace();
        _w.Line("// The index of Current plus one, so that default(Enumerator) is a fresh enumerator.");
        _w.Line("private int _next;");
        _w.Line();
        WriteEnumeratorMembers(element, array + "[_next - 1]", "_next < " + array + ".Length", "item");
        _w.CloseBrace();
        _w.Line();
    }

    /// <summary>
    /// A struct enumerator's members, from <c>Current</c> to <c>Dispose</c>, and the brace that
    /// closes it; <paramref name="noun"/> names an element in the doc comments.
    /// </summary>
    private void WriteEnumeratorMembers(string element, string current, string hasNext, string noun)
    {
        Doc("The current " + noun + ".");
        _w.Line("public " + element + " Current => " + current + ";");
        _w.Line();
        _w.Line("object global::System.Collections.IEnumerator.Current => Current;");
        _w.Line();
        Doc("Moves to the next " + noun + "; false after the last.");
        using (_w.Block("public bool MoveNext()"))
        {
            _w.Line("if (" + hasNext + ")");
            _w.OpenBrace();
            _w.Line("_next++;");
            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("return false;");
        }

        _w.Line();
        Doc("Starts again before the first " + noun + ".");
        _w.Line("public void Reset() => _next = 0;");
        _w.Line();
        Doc("Does nothing: the enumerator holds no resources.");
        _w.Line("public void Dispose()");
        _w.OpenBrace();
        _w.CloseBrace();
        _w.CloseBrace();
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
    private void WriteLocalizedArray(string field, int columns, System.Func<int, int, string> text)
    {
        _w.Line("private static readonly string[] " + field + " =");
        _w.OpenBrace();
        for (var locale = 0; locale < _set.Locales.Count; locale++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _w.Line("// " + _set.Locales[locale]);
            for (var i = 0; i < columns; i++)
            {
                _w.Line(CSharpNames.Literal(text(locale, i)) + ",");
            }
        }

        _w.CloseBrace(";");
        _w.Line();
    }

    private void WriteSlotLookup()
    {
        if (_layout.IsDense)
        {
            _w.Line("private const int MinCode = " + Format(_layout.Min) + ";");
            _w.Line();
            _w.Line("// (code - MinCode) -> slot + 1; 0 where no code is defined.");
            _w.Line("private static readonly " + _layout.ElementType + "[] s_slots =");
            _w.OpenBrace();
            var slots = new int[_layout.Range];
            for (var i = 0; i < _set.Codes.Count; i++)
            {
                slots[_set.Codes[i].Code - _layout.Min] = i + 1;
            }

            foreach (var chunk in Chunks(slots.Select(Format), 32))
            {
                _w.Line(chunk);
            }

            _w.CloseBrace(";");
            _w.Line();
            using (_w.Block("private static int GetSlot(int code)"))
            {
                _w.Line("uint offset = unchecked((uint)(code - MinCode));");
                _w.Line("return offset < (uint)s_slots.Length ? s_slots[offset] - 1 : -1;");
            }

            if (_layout.IsDirect)
            {
                _w.Line();
                WriteDirectTables();
            }
        }
        else
        {
            WriteHashLookup();
        }

        _w.Line();
        _w.Line("private static int GetLocaleRow(" + _locale + " locale) => (uint)locale < LocaleCount ? (int)locale : 0;");
        _w.Line();
    }

    /// <summary>
    /// The sparse layout: an open-addressing table of the codes, built when the type initializes
    /// from <c>s_values</c> (so the source lists each code once). At most a quarter full, so a
    /// search nearly always ends at its first entry; the table has a power-of-two size, and a code's
    /// first entry is the top bits of a multiplicative hash.
    /// </summary>
    private void WriteHashLookup()
    {
        var element = _layout.ElementType;
        _w.Line("private const int HashShift = " + Format(32 - _layout.HashBits) + ";");
        _w.Line("private const int HashMask = " + Format((1 << _layout.HashBits) - 1) + ";");
        _w.Line();
        _w.Line("// The codes, and slot + 1 at the same index (0: an empty entry, where a search ends).");
        _w.Line("private static readonly int[] s_hashCodes = new int[HashMask + 1];");
        _w.Line("private static readonly " + element + "[] s_hashSlots = BuildHash();");
        _w.Line();
        using (_w.Block("private static " + element + "[] BuildHash()"))
        {
            _w.Line(element + "[] slots = new " + element + "[HashMask + 1];");
            _w.Line("for (int slot = 0; slot < Count; slot++)");
            _w.OpenBrace();
            _w.Line("int code = (int)s_values[slot];");
            _w.Line("int index = HashHome(code);");
            _w.Line("while (slots[index] != 0)");
            _w.OpenBrace();
            _w.Line("index = (index + 1) & HashMask;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("s_hashCodes[index] = code;");
            _w.Line("slots[index] = (" + element + ")(slot + 1);");
            _w.CloseBrace();
            _w.Line();
            _w.Line("return slots;");
        }

        _w.Line();
        _w.Line("private static int HashHome(int code) => (int)(unchecked((uint)code * 0x9E3779B9u) >> HashShift);");
        _w.Line();
        using (_w.Block("private static int GetSlot(int code)"))
        {
            _w.Line("int index = HashHome(code);");
            _w.Line("while (true)");
            _w.OpenBrace();
            _w.Line("int slot = s_hashSlots[index] - 1;");
            _w.Line("if (slot < 0 || s_hashCodes[index] == code)");
            _w.OpenBrace();
            _w.Line("return slot;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("index = (index + 1) & HashMask;");
            _w.CloseBrace();
        }
    }

    /// <summary>
    /// The direct layout: per-code copies of the text tables, built once from the compact tables
    /// when the type initializes, so the generated source stays proportional to the codes.
    /// </summary>
    private void WriteDirectTables()
    {
        _w.Line("private const int Range = " + Format((int)_layout.Range) + ";");
        _w.Line();
        _w.Line("// Per-code tables: row locale, column code - MinCode. Where no code is defined they hold what");
        _w.Line("// an undefined code gets" + (HasCategories ? " (the covering category's text; names and reasons: the empty string)" : " (the empty string)") + ", so a lookup is one index.");
        string Categories(string table) => HasCategories ? ", " + table : string.Empty;
        _w.Line("private static readonly string[] s_namesByCode = ByCode(s_names, 1" + (HasCategories ? ", null" : string.Empty) + ");");
        _w.Line("private static readonly string[] s_reasonsByCode = ByCode(s_reasons, 1" + (HasCategories ? ", null" : string.Empty) + ");");
        _w.Line("private static readonly string[] s_titlesByCode = ByCode(s_titles, LocaleCount" + Categories("s_categoryTitles") + ");");
        _w.Line("private static readonly string[] s_descriptionsByCode = ByCode(s_descriptions, LocaleCount" + Categories("s_categoryDescriptions") + ");");
        _w.Line();
        using (_w.Block("private static string[] ByCode(string[] texts, int rows" + (HasCategories ? ", string[]? categoryTexts" : string.Empty) + ")"))
        {
            _w.Line("string[] table = new string[rows * Range];");
            _w.Line("for (int row = 0; row < rows; row++)");
            _w.OpenBrace();
            _w.Line("for (int offset = 0; offset < Range; offset++)");
            _w.OpenBrace();
            _w.Line("int slot = s_slots[offset] - 1;");
            _w.Line("table[(row * Range) + offset] = slot >= 0");
            _w.Line("    ? texts[(row * Count) + slot]");
            _w.Line(HasCategories
                ? "    : categoryTexts is null ? string.Empty : categoryTexts[(row * CategoryColumns) + GetCategoryIndex(MinCode + offset)];"
                : "    : string.Empty;");
            _w.CloseBrace();
            _w.CloseBrace();
            _w.Line();
            _w.Line("return table;");
        }
    }

    /// <summary>The direct layout's <c>code - MinCode</c> of <paramref name="expression"/>, as the unsigned index every lookup checks.</summary>
    private void WriteDirectOffset(string expression)
        => _w.Line("uint offset = unchecked((uint)(" + expression + " - MinCode));");

    private void WriteNameMembers()
    {
        var t = _type;
        Doc("The member name of <paramref name=\"value\"/>, or its number in invariant digits when it is not a defined code.");
        using (_w.Block("public static string ToStringFast(this " + t + " value)"))
        {
            if (_layout.IsDirect)
            {
                WriteDirectOffset("(int)value");
                _w.Line("string name = offset < (uint)s_namesByCode.Length ? s_namesByCode[offset] : string.Empty;");
                _w.Line("return name.Length != 0 ? name : ((int)value).ToString(" + CultureInfo + ".InvariantCulture);");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                _w.Line("return slot >= 0 ? s_names[slot] : ((int)value).ToString(" + CultureInfo + ".InvariantCulture);");
            }
        }

        _w.Line();
        Doc("Whether <paramref name=\"value\"/> is a defined code.");
        _w.Line("public static bool IsDefined(this " + t + " value) => GetSlot((int)value) >= 0;");
        _w.Line();
        Doc("Whether <paramref name=\"code\"/> is a defined code.");
        _w.Line("public static bool IsDefined(int code) => GetSlot(code) >= 0;");
        _w.Line();
        Doc("Converts a defined code; returns false for any other number.");
        using (_w.Block("public static bool TryFromCode(int code, out " + t + " value)"))
        {
            _w.Line("value = (" + t + ")code;");
            _w.Line("if (GetSlot(code) >= 0)");
            _w.OpenBrace();
            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("value = default;");
            _w.Line("return false;");
        }

        _w.Line();
        Doc("Converts a defined code.", "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"code\"/> is not a defined code.</exception>");
        _w.Line("public static " + t + " FromCode(int code) => GetSlot(code) >= 0");
        _w.Line("    ? (" + t + ")code");
        _w.Line("    : throw new global::System.ArgumentOutOfRangeException(nameof(code), code, " + CSharpNames.Literal("The code is not defined in " + _set.Name + ".") + ");");
        _w.Line();
        WriteCollection("ValueCollection", t, "s_values", "defined codes");
        WriteCollection("NameCollection", "string", "s_names", "member names");
        Doc("The defined codes in ascending order. Neither the call nor a <c>foreach</c> over the result allocates.");
        _w.Line("public static ValueCollection GetValues() => default;");
        _w.Line();
        Doc("The member names (canonical names, no older ones), in the order of <see cref=\"GetValues\"/>. Neither the call nor a <c>foreach</c> over the result allocates.");
        _w.Line("public static NameCollection GetNames() => default;");
        _w.Line();
        Doc("The invariant reason phrase (for example for an HTTP status line), or the empty string when <paramref name=\"value\"/> is not a defined code.");
        using (_w.Block("public static string GetReasonPhrase(this " + t + " value)"))
        {
            if (_layout.IsDirect)
            {
                WriteDirectOffset("(int)value");
                _w.Line("return offset < (uint)s_reasonsByCode.Length ? s_reasonsByCode[offset] : string.Empty;");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                _w.Line("return slot >= 0 ? s_reasons[slot] : string.Empty;");
            }
        }

        _w.Line();
    }

    private void WriteParseMembers()
    {
        var t = _type;
        Doc("Parses a member name or alias (ignoring case) or a decimal code; surrounding white space is ignored. Only defined codes parse.");
        if (_features.HasSpan)
        {
            using (_w.Block("public static bool TryParse(string? text, out " + t + " value)"))
            {
                _w.Line("if (text is null)");
                _w.OpenBrace();
                _w.Line("value = default;");
                _w.Line("return false;");
                _w.CloseBrace();
                _w.Line();
                _w.Line("return TryParse(" + Memory + ".AsSpan(text), out value);");
            }

            _w.Line();
            Doc("Parses a member name or alias (ignoring case) or a decimal code; surrounding white space is ignored. Only defined codes parse.");
            WriteTryParseBody(Span, Memory + ".Trim(text)");
            _w.Line();
            WriteNameTables();
            WriteFindName(Span, name => Memory + ".Equals(text, " + Memory + ".AsSpan(" + name + "), " + IgnoreCase + ")");
            WriteParseNumber(Span);
        }
        else
        {
            WriteTryParseBody("string?", "text?.Trim()");
            _w.Line();
            WriteNameTables();
            WriteFindName("string", name => "string.Equals(text, " + name + ", " + IgnoreCase + ")");
            WriteParseNumber("string");
        }
    }

    private void WriteTryParseBody(string parameterType, string trim)
    {
        using (_w.Block("public static bool TryParse(" + parameterType + " text, out " + _type + " value)"))
        {
            if (parameterType == "string?")
            {
                _w.Line("if (text is null)");
                _w.OpenBrace();
                _w.Line("value = default;");
                _w.Line("return false;");
                _w.CloseBrace();
                _w.Line();
                _w.Line("text = text.Trim();");
            }
            else
            {
                _w.Line("text = " + trim + ";");
            }

            _w.Line("if (TryFindName(text, out int code) || (TryParseNumber(text, out code) && GetSlot(code) >= 0))");
            _w.OpenBrace();
            _w.Line("value = (" + _type + ")code;");
            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("value = default;");
            _w.Line("return false;");
        }
    }

    // Entries: the canonical names (entry i < Count is s_names[i]), then the older names
    // (entry Count + j is s_olderNames[j], of code s_olderNameCodes[j]).
    // NameOrder: the entries by length (stable: codes in order, each name before its older names);
    // those of length n are NameOrder[NameStarts[n] .. NameStarts[n + 1]). Both hold entry numbers
    // as chars (int arrays s_nameOrder and s_nameStarts for a set of 65,535 names or more).
    /// <summary>
    /// The tables of <c>TryFindName</c>. A search compares the text only with the names of its
    /// length, as the former switch on the length did, but the source and the assembly hold one
    /// line per name and no code per name.
    /// </summary>
    private void WriteNameTables()
    {
        var entries = new List<(string Name, int Index)>();
        var olderNames = new List<(string Name, int Code)>();
        for (var i = 0; i < _set.Codes.Count; i++)
        {
            var code = _set.Codes[i];
            entries.Add((code.Name, i));
            foreach (var alias in code.Aliases)
            {
                entries.Add((alias, _set.Codes.Count + olderNames.Count));
                olderNames.Add((alias, code.Code));
            }
        }

        var order = entries.Select((e, position) => (e.Name.Length, position, e.Index)).OrderBy(e => e.Length).ThenBy(e => e.position).ToList();
        var maxLength = order.Count == 0 ? -1 : order[order.Count - 1].Length;
        // starts[n]: the first entry of length n or more; starts[maxLength + 1]: the number of entries.
        var starts = new int[maxLength + 2];
        for (var length = 0; length < starts.Length; length++)
        {
            starts[length] = order.Count(e => e.Length < length);
        }

        _hasOlderNames = olderNames.Count > 0;
        if (_hasOlderNames)
        {
            WriteStringArray("s_olderNames", olderNames.Select(o => o.Name), null);
            WriteIntArray("s_olderNameCodes", olderNames.Select(o => o.Code));
        }

        // Entry numbers as the chars of constant strings: no array, no type initializer work.
        _nameTablesAreStrings = entries.Count < char.MaxValue;
        if (_nameTablesAreStrings)
        {
            _w.Line("private const string NameOrder = \"" + string.Concat(order.Select(e => CharEscape(e.Index))) + "\";");
            _w.Line("private const string NameStarts = \"" + string.Concat(starts.Select(CharEscape)) + "\";");
            _w.Line();
        }
        else
        {
            WriteIntArray("s_nameOrder", order.Select(e => e.Index));
            WriteIntArray("s_nameStarts", starts);
        }
    }

    private static string CharEscape(int value) => "\\u" + value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

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

    private void WriteFindName(string parameterType, System.Func<string, string> equals)
    {
        var (order, starts) = _nameTablesAreStrings ? ("NameOrder", "NameStarts") : ("s_nameOrder", "s_nameStarts");
        using (_w.Block("private static bool TryFindName(" + parameterType + " text, out int code)"))
        {
            _w.Line("if (text.Length < " + starts + ".Length - 1)");
            _w.OpenBrace();
            _w.Line("for (int i = " + starts + "[text.Length], end = " + starts + "[text.Length + 1]; i < end; i++)");
            _w.OpenBrace();
            _w.Line("int entry = " + order + "[i];");
            if (_hasOlderNames)
            {
                _w.Line("if (entry < Count ? " + equals("s_names[entry]") + " : " + equals("s_olderNames[entry - Count]") + ")");
                _w.OpenBrace();
                _w.Line("code = entry < Count ? (int)s_values[entry] : s_olderNameCodes[entry - Count];");
            }
            else
            {
                _w.Line("if (" + equals("s_names[entry]") + ")");
                _w.OpenBrace();
                _w.Line("code = (int)s_values[entry];");
            }

            _w.Line("return true;");
            _w.CloseBrace();
            _w.CloseBrace();
            _w.CloseBrace();
            _w.Line();
            _w.Line("code = 0;");
            _w.Line("return false;");
        }

        _w.Line();
    }

    private void WriteParseNumber(string parameterType)
    {
        using (_w.Block("private static bool TryParseNumber(" + parameterType + " text, out int code)"))
        {
            _w.Line("code = 0;");
            _w.Line("if (text.Length == 0 || text.Length > 11)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("int start = text[0] == '-' || text[0] == '+' ? 1 : 0;");
            _w.Line("if (start == text.Length)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("long number = 0;");
            _w.Line("for (int i = start; i < text.Length; i++)");
            _w.OpenBrace();
            _w.Line("int digit = text[i] - '0';");
            _w.Line("if ((uint)digit > 9)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("number = (number * 10) + digit;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("if (text[0] == '-')");
            _w.OpenBrace();
            _w.Line("number = -number;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("if (number < int.MinValue || number > int.MaxValue)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("code = (int)number;");
            _w.Line("return true;");
        }

        _w.Line();
    }

    private void WriteTextMembers(string kind, string table, string noun)
    {
        var t = _type;
        var fallback = HasCategories
            ? "the title of its category (" + noun + " of the covering range), else the empty string"
            : "the empty string";
        if (HasCategories && kind == "Description")
        {
            fallback = "the description of its category, else the empty string";
        }

        var categoryTable = kind == "Title" ? "s_categoryTitles" : "s_categoryDescriptions";
        Doc("The " + noun + " in <paramref name=\"locale\"/>, falling back to the default locale where the definitions lack it. For a value that is not a defined code: " + fallback + ".");
        using (_w.Block("public static string Get" + kind + "(this " + t + " value, " + _locale + " locale)"))
        {
            // The direct layout holds every defined code in its range; outside it only the category can answer.
            string condition, hit;
            if (_layout.IsDirect)
            {
                WriteDirectOffset("(int)value");
                (condition, hit) = ("offset < Range", table + "ByCode[(GetLocaleRow(locale) * Range) + (int)offset]");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                (condition, hit) = ("slot >= 0", table + "[(GetLocaleRow(locale) * Count) + slot]");
            }

            if (HasCategories)
            {
                _w.Line("return " + condition);
                _w.Line("    ? " + hit);
                _w.Line("    : " + categoryTable + "[(GetLocaleRow(locale) * CategoryColumns) + GetCategoryIndex((int)value)];");
            }
            else
            {
                _w.Line("return " + condition + " ? " + hit + " : string.Empty;");
            }
        }

        _w.Line();
        Doc("The " + noun + " in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).");
        _w.Line("public static string Get" + kind + "(this " + t + " value, " + CultureInfo + "? culture) => Get" + kind + "(value, " + _locales + ".FromCulture(culture));");
        _w.Line();
        Doc("The " + noun + " in the locale that best matches the current UI culture.");
        _w.Line("public static string Get" + kind + "(this " + t + " value) => Get" + kind + "(value, " + _locales + ".Current);");
        _w.Line();
    }

    private void WriteCategoryMembers()
    {
        var t = _type;
        var c = _categoryType;
        var categories = _set.Categories;
        _w.Line("private const int CategoryColumns = " + Format(categories.Count + 1) + ";");
        _w.Line();
        using (_w.Block("private static int GetCategoryIndex(int code)"))
        {
            for (var i = 0; i < categories.Count; i++)
            {
                _w.Line("if (" + RangeTest("code", categories[i].From, categories[i].To) + ")");
                _w.OpenBrace();
                _w.Line("return " + Format(i + 1) + ";");
                _w.CloseBrace();
                _w.Line();
            }

            _w.Line("return 0;");
        }

        _w.Line();
        Doc("The category whose range holds <paramref name=\"value\"/> (defined or not), or <c>None</c>.");
        _w.Line("public static " + c + " GetCategory(this " + t + " value) => (" + c + ")GetCategoryIndex((int)value);");
        _w.Line();
        foreach (var category in categories)
        {
            Doc("Whether <paramref name=\"value\"/> lies in " + Format(category.From) + " to " + Format(category.To) + " (" + CSharpNames.XmlText(category.Titles[0]) + ").");
            _w.Line("public static bool Is" + category.Name + "(this " + t + " value) => " + RangeTest("(int)value", category.From, category.To) + ";");
            _w.Line();
        }

        Doc("The member name of <paramref name=\"category\"/>, or its number in invariant digits when it is not a defined category.");
        _w.Line("public static string ToStringFast(this " + c + " category) => (int)category switch");
        _w.OpenBrace();
        _w.Line("0 => \"None\",");
        for (var i = 0; i < categories.Count; i++)
        {
            _w.Line(Format(i + 1) + " => " + CSharpNames.Literal(categories[i].Name) + ",");
        }

        _w.Line("_ => ((int)category).ToString(" + CultureInfo + ".InvariantCulture),");
        _w.CloseBrace(";");
        _w.Line();
        foreach (var (kind, table) in new[] { ("Title", "s_categoryTitles"), ("Description", "s_categoryDescriptions") })
        {
            var noun = kind.ToLowerInvariant();
            Doc("The category's " + noun + " in <paramref name=\"locale\"/>; the empty string for <c>None</c>.");
            using (_w.Block("public static string Get" + kind + "(this " + c + " category, " + _locale + " locale)"))
            {
                _w.Line("int index = (uint)category < CategoryColumns ? (int)category : 0;");
                _w.Line("return " + table + "[(GetLocaleRow(locale) * CategoryColumns) + index];");
            }

            _w.Line();
            Doc("The category's " + noun + " in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).");
            _w.Line("public static string Get" + kind + "(this " + c + " category, " + CultureInfo + "? culture) => Get" + kind + "(category, " + _locales + ".FromCulture(culture));");
            _w.Line();
            Doc("The category's " + noun + " in the locale that best matches the current UI culture.");
            _w.Line("public static string Get" + kind + "(this " + c + " category) => Get" + kind + "(category, " + _locales + ".Current);");
            _w.Line();
        }
    }

    /// <summary><c>from &lt;= x &amp;&amp; x &lt;= to</c> as one unsigned comparison, overflow-safe in a checked context.</summary>
    private static string RangeTest(string expression, int from, int to)
    {
        var width = (uint)((long)to - from);
        return "unchecked((uint)(" + expression + " - " + LiteralOrParenthesized(from) + ")) <= " + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u";
    }

    private static string LiteralOrParenthesized(int value) => value < 0 ? "(" + Format(value) + ")" : Format(value);

    private void Doc(string summary, string? extra = null)
    {
        _w.Line("/// <summary>" + summary + "</summary>");
        if (extra is not null)
        {
            _w.Line("/// " + extra);
        }
    }

    private static IEnumerable<string> Chunks(IEnumerable<string> items, int size)
    {
        var line = new StringBuilder();
        var count = 0;
        foreach (var item in items)
        {
            line.Append(item).Append(", ");
            if (++count == size)
            {
                yield return line.ToString().TrimEnd();
                line.Clear();
                count = 0;
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString().TrimEnd();
        }
    }

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

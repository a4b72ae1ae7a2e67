using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits one set: its enum, its category enum and the extensions class. Lookups go through flat
/// tables (one row per project locale), so no call allocates, reflects or uses <c>System.Enum</c>.
/// Generated code never names an enum member, so [Obsolete] members cannot warn inside it.
/// This file writes the enums and the outline of the extensions class; the parts are in
/// <c>SetEmitter.Tables.cs</c> (texts and names as data), <c>SetEmitter.Layout.cs</c> (code to
/// slot), <c>SetEmitter.Names.cs</c> (names, values, parsing), <c>SetEmitter.Texts.cs</c> (titles,
/// descriptions, categories) and <c>SetEmitter.TagsAndOlderNames.cs</c>.
/// </summary>
internal sealed partial class SetEmitter
{
    private readonly SetModel _set;
    private readonly EmitFeatures _features;
    private readonly SourceWriter _w = new();
    private readonly string _type;
    private readonly string _categoryType;
    private readonly string _locale;
    private readonly string _locales;
    private readonly string _tables;
    private readonly SlotLayout _layout;
    private readonly CancellationToken _cancellationToken;

    private SetEmitter(SetModel set, EmitFeatures features, CancellationToken cancellationToken)
    {
        _set = set;
        _features = features;
        _cancellationToken = cancellationToken;
        _type = CSharpNames.Global(set.Namespace, set.Name);
        _categoryType = CSharpNames.Global(set.Namespace, GeneratedTypeNames.CategoryEnum(set.Name));
        _locale = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.EnumName);
        _locales = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.ClassName);
        _tables = SharedEmitter.Tables(set.LocaleNamespace);
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
        DocumentationWriter.Remarks(_w, _set.FileLocales, docLocale, _set.Summary, Definitions.Specs.LocalizedText.None, null);
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
                DocumentationWriter.Summary(_w, "<c>" + CSharpNames.Number(code.Code) + "</c> " + CSharpNames.XmlText(DocumentationWriter.Join(title, description)), escaped: false);
                DocumentationWriter.Remarks(_w, _set.FileLocales, docLocale, code.Title, code.Description, code.Reference);
                if (code.Deprecated is not null)
                {
                    _w.Line("[" + KnownTypes.ObsoleteAttribute + "(" + CSharpNames.Literal(code.Deprecated) + ")]");
                }

                // Older names are not members: .NET picks any one of equal-valued members for
                // ToString, Enum.GetName and JsonStringEnumConverter, which would leak them.
                _w.Line(CSharpNames.Identifier(code.Name) + " = " + CSharpNames.Number(code.Code) + ",");
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
                DocumentationWriter.Summary(_w, "<c>" + CSharpNames.Number(category.From) + "</c> to <c>" + CSharpNames.Number(category.To) + "</c>: " + CSharpNames.XmlText(title), escaped: false);
                DocumentationWriter.Remarks(_w, _set.FileLocales, DocumentationLocale, category.Title, Definitions.Specs.LocalizedText.None, null);
                _w.Line(CSharpNames.Identifier(category.Name) + " = " + CSharpNames.Number(value++) + ",");
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

    /// <summary><c>from &lt;= x &amp;&amp; x &lt;= to</c> as one unsigned comparison, overflow-safe in a checked context.</summary>
    private static string RangeTest(string expression, int from, int to)
    {
        var width = (uint)((long)to - from);
        return "unchecked((uint)(" + expression + " - " + LiteralOrParenthesized(from) + ")) <= " + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u";
    }

    /// <summary>The shared list type over <paramref name="element"/>, in the project's namespace.</summary>
    private string Collection(string element) => SharedEmitter.Collection(_set.LocaleNamespace, element);

    /// <summary>Whether the set's texts get per-code tables: the shared file then carries <c>ByCode</c>.</summary>
    internal static bool IsDirect(SetModel set) => SlotLayout.For(set.Codes.Select(c => c.Code).ToList(), set.Locales.Count).IsDirect;

    private static string LiteralOrParenthesized(int value) => value < 0 ? "(" + CSharpNames.Number(value) + ")" : CSharpNames.Number(value);

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
}

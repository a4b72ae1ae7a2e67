using System;
using System.Linq;
using System.Threading;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits a set's texts as UTF-8 (<c>GetReasonPhraseUtf8</c>, <c>GetTitleUtf8</c>,
/// <c>GetDescriptionUtf8</c>), for writing status lines and JSON without transcoding. Each text is a
/// <c>"…"u8</c> literal, which the compiler stores in the assembly's data, so a call returns a span
/// over constant bytes and allocates nothing. Needs C# 11 and <c>ReadOnlySpan&lt;T&gt;</c>.
/// The results equal the UTF-8 encoding of the string members for every value and locale,
/// category fallback included; the file is self-contained (switches on the code), so it does not
/// depend on how the set's own tables are laid out.
/// </summary>
internal sealed class Utf8Emitter
{
    private const string Bytes = "global::System.ReadOnlySpan<byte>";
    private const string CultureInfo = "global::System.Globalization.CultureInfo";

    private readonly SetModel _set;
    private readonly SourceWriter _w = new();
    private readonly string _type;
    private readonly string _locale;
    private readonly string _locales;
    private readonly CancellationToken _cancellationToken;

    private Utf8Emitter(SetModel set, CancellationToken cancellationToken)
    {
        _set = set;
        _cancellationToken = cancellationToken;
        _type = CSharpNames.Global(set.Namespace, set.Name);
        _locale = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.EnumName);
        _locales = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.ClassName);
    }

    public static string HintName(SetModel set) => set.Namespace + "." + set.Name + ".Utf8.g.cs";

    /// <summary>The set's UTF-8 file. Checks <paramref name="cancellationToken"/> per table, so a large set stops promptly.</summary>
    public static string Emit(SetModel set, CancellationToken cancellationToken = default) => new Utf8Emitter(set, cancellationToken).Emit();

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_set.Namespace)))
        {
            using (_w.Block(GeneratedCode.Accessibility(_set.IsPublic) + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(_set.Name))))
            {
                WriteReasonPhrase();
                WritePublic("Title", "title");
                WritePublic("Description", "description");
                for (var row = 0; row < _set.Locales.Count; row++)
                {
                    WriteTable("Title", row, c => c.Titles[row], c => c.Titles[row]);
                }

                for (var row = 0; row < _set.Locales.Count; row++)
                {
                    WriteTable("Description", row, c => c.Descriptions[row], c => c.Descriptions[row]);
                }
            }
        }

        return _w.ToString();
    }

    private void WriteReasonPhrase()
    {
        _w.Line("/// <summary>The invariant reason phrase as UTF-8 (ASCII) bytes, for example for an HTTP status line; empty when <paramref name=\"value\"/> is not a defined code. Constant data: nothing allocates.</summary>");
        _w.Line("public static " + Bytes + " GetReasonPhraseUtf8(this " + _type + " value) => (int)value switch");
        _w.OpenBrace();
        foreach (var code in _set.Codes)
        {
            _w.Line(Format(code.Code) + " => " + Utf8(code.Reason) + ",");
        }

        _w.Line("_ => default,");
        _w.CloseBrace(";");
    }

    private void WritePublic(string kind, string noun)
    {
        _w.Line();
        var fallback = _set.Categories.IsEmpty ? "the empty span" : "its category's " + noun + ", else the empty span";
        _w.Line("/// <summary>The " + noun + " in <paramref name=\"locale\"/> as UTF-8 bytes, equal to the UTF-8 encoding of <c>Get" + kind + "</c>; for a value that is not a defined code, " + fallback + ". Constant data: nothing allocates.</summary>");
        if (_set.Locales.Count == 1)
        {
            _w.Line("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value, " + _locale + " locale) => " + TableName(kind, 0) + "((int)value);");
        }
        else
        {
            _w.Line("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value, " + _locale + " locale) => (int)locale switch");
            _w.OpenBrace();
            for (var row = 1; row < _set.Locales.Count; row++)
            {
                _w.Line(Format(row) + " => " + TableName(kind, row) + "((int)value),");
            }

            _w.Line("_ => " + TableName(kind, 0) + "((int)value),");
            _w.CloseBrace(";");
        }

        _w.Line();
        _w.Line("/// <summary>The " + noun + " as UTF-8 bytes in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).</summary>");
        _w.Line("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value, " + CultureInfo + "? culture) => Get" + kind + "Utf8(value, " + _locales + ".FromCulture(culture));");
        _w.Line();
        _w.Line("/// <summary>The " + noun + " as UTF-8 bytes in the locale that best matches the current UI culture.</summary>");
        _w.Line("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value) => Get" + kind + "Utf8(value, " + _locales + ".Current);");
    }

    /// <summary>One locale's texts: a switch on the code, then the covering category's text.</summary>
    private void WriteTable(string kind, int row, Func<CodeModel, string> text, Func<CategoryModel, string> categoryText)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _w.Line();
        _w.Line("// " + _set.Locales[row]);
        _w.Line("private static " + Bytes + " " + TableName(kind, row) + "(int code) => code switch");
        _w.OpenBrace();
        foreach (var code in _set.Codes)
        {
            _w.Line(Format(code.Code) + " => " + Utf8(text(code)) + ",");
        }

        var categories = _set.Categories;
        if (categories.IsEmpty || categories.All(c => categoryText(c).Length == 0))
        {
            _w.Line("_ => default,");
        }
        else
        {
            // Ranges as unsigned comparisons: one test each, overflow-safe in a checked context.
            foreach (var category in categories.Where(c => categoryText(c).Length > 0))
            {
                var width = (uint)((long)category.To - category.From);
                _w.Line("_ when unchecked((uint)(code - " + Parenthesized(category.From) + ")) <= " + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u => " + Utf8(categoryText(category)) + ",");
            }

            _w.Line("_ => default,");
        }

        _w.CloseBrace(";");
    }

    private static string TableName(string kind, int row) => "Utf8" + kind + Format(row);

    /// <summary>A <c>"…"u8</c> literal; <c>default</c> (the empty span) for the empty string.</summary>
    private static string Utf8(string text) => text.Length == 0 ? "default" : CSharpNames.Literal(text) + "u8";

    private static string Parenthesized(int value) => value < 0 ? "(" + Format(value) + ")" : Format(value);

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Threading;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits a set's texts as UTF-8 (<c>GetReasonPhraseUtf8</c>, <c>GetTitleUtf8</c>,
/// <c>GetDescriptionUtf8</c>), for writing status lines and JSON without transcoding. The texts are
/// stored once, as the string tables of the set's own file: each UTF-8 text is encoded from its
/// string on first use and kept in a per-text cache, so later calls return a span over the same
/// array and allocate nothing, and the assembly holds no second copy of the texts. The results are
/// by construction the UTF-8 encoding of the string members for every value and locale, category
/// fallback included. The file is a part of the set's extensions class and uses its
/// <c>GetSlot</c>, <c>GetLocaleRow</c> and <c>GetCategoryIndex</c>.
/// </summary>
internal sealed class Utf8Emitter
{
    private const string Bytes = "global::System.ReadOnlySpan<byte>";
    private const string CultureInfo = "global::System.Globalization.CultureInfo";
    private const string Encode = "global::System.Text.Encoding.UTF8.GetBytes";
    private const string CacheNote = "The first call for a text encodes it once; later calls allocate nothing.";

    private readonly SetModel _set;
    private readonly SourceWriter _w = new();
    private readonly string _type;
    private readonly string _locale;
    private readonly string _locales;

    private Utf8Emitter(SetModel set)
    {
        _set = set;
        _type = CSharpNames.Global(set.Namespace, set.Name);
        _locale = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.EnumName);
        _locales = CSharpNames.Global(set.LocaleNamespace, LocaleEmitter.ClassName);
    }

    public static string HintName(SetModel set) => set.Namespace + "." + set.Name + ".Utf8.g.cs";

    /// <summary>The set's UTF-8 file. Its size does not grow with the set, so it checks <paramref name="cancellationToken"/> once.</summary>
    public static string Emit(SetModel set, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new Utf8Emitter(set).Emit();
    }

    private bool HasCategories => !_set.Categories.IsEmpty;

    /// <summary>Cache columns per locale: one per code, then (with categories) one per category index.</summary>
    private string Columns => HasCategories ? "(Count + CategoryColumns)" : "Count";

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_set.Namespace)))
        {
            using (_w.Block(GeneratedCode.Accessibility(_set.IsPublic) + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(_set.Name))))
            {
                _w.Line("// Each UTF-8 text is encoded once, on first use, from the string tables, and kept here.");
                _w.Line("private static readonly byte[]?[] s_reasonsUtf8 = new byte[]?[Count];");
                _w.Line("private static readonly byte[]?[] s_titlesUtf8 = new byte[]?[LocaleCount * " + Columns + "];");
                _w.Line("private static readonly byte[]?[] s_descriptionsUtf8 = new byte[]?[LocaleCount * " + Columns + "];");
                _w.Line();
                WriteReasonPhrase();
                WriteTextMembers("Title", "title");
                WriteTextMembers("Description", "description");
                WriteCacheIndex();
            }
        }

        return _w.ToString();
    }

    private void WriteReasonPhrase()
    {
        _w.Line("/// <summary>The invariant reason phrase as UTF-8 (ASCII) bytes, for example for an HTTP status line; empty when <paramref name=\"value\"/> is not a defined code. " + CacheNote + "</summary>");
        using (_w.Block("public static " + Bytes + " GetReasonPhraseUtf8(this " + _type + " value)"))
        {
            _w.Line("int slot = GetSlot((int)value);");
            _w.Line("if (slot < 0)");
            _w.OpenBrace();
            _w.Line("return default;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("ref byte[]? bytes = ref s_reasonsUtf8[slot];");
            _w.Line("return bytes ?? (bytes = " + Encode + "(GetReasonPhrase(value)));");
        }
    }

    private void WriteTextMembers(string kind, string noun)
    {
        _w.Line();
        var fallback = HasCategories ? "its category's " + noun + ", else the empty span" : "the empty span";
        _w.Line("/// <summary>The " + noun + " in <paramref name=\"locale\"/> as UTF-8 bytes, equal to the UTF-8 encoding of <c>Get" + kind + "</c>; for a value that is not a defined code, " + fallback + ". " + CacheNote + "</summary>");
        using (_w.Block("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value, " + _locale + " locale)"))
        {
            _w.Line("int index = CacheIndex((int)value);");
            _w.Line("if (index < 0)");
            _w.OpenBrace();
            _w.Line("return default;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("ref byte[]? bytes = ref s_" + kind.ToLowerInvariant() + "sUtf8[(GetLocaleRow(locale) * " + Columns + ") + index];");
            _w.Line("return bytes ?? (bytes = " + Encode + "(Get" + kind + "(value, locale)));");
        }

        _w.Line();
        _w.Line("/// <summary>The " + noun + " as UTF-8 bytes in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).</summary>");
        _w.Line("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value, " + CultureInfo + "? culture) => Get" + kind + "Utf8(value, " + _locales + ".FromCulture(culture));");
        _w.Line();
        _w.Line("/// <summary>The " + noun + " as UTF-8 bytes in the locale that best matches the current UI culture.</summary>");
        _w.Line("public static " + Bytes + " Get" + kind + "Utf8(this " + _type + " value) => Get" + kind + "Utf8(value, " + _locales + ".Current);");
    }

    /// <summary>A code's column in a locale's row of the title and description caches: its slot, else (with categories) its category's column, else -1 (the empty span).</summary>
    private void WriteCacheIndex()
    {
        _w.Line();
        using (_w.Block("private static int CacheIndex(int code)"))
        {
            _w.Line("int slot = GetSlot(code);");
            _w.Line(HasCategories ? "return slot >= 0 ? slot : Count + GetCategoryIndex(code);" : "return slot;");
        }
    }
}

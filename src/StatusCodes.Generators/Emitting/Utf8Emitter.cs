using System.Threading;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits a set's texts as UTF-8 (<c>GetReasonPhraseUtf8</c>, <c>GetTitleUtf8</c>,
/// <c>GetDescriptionUtf8</c>), for writing status lines and JSON without transcoding. The set's
/// file stores its texts once, as UTF-8 data (<c>Texts</c>, emitted by <see cref="SetEmitter"/> when
/// <see cref="EmitFeatures.HasUtf8Literals"/>), and decodes its string tables from it; these members
/// return slices of that data, so they allocate nothing and are by construction the UTF-8 encoding
/// of the string members for every value and locale, category fallback included. The file is a
/// part of the set's extensions class and uses its <c>GetSlot</c>, <c>GetLocaleRow</c>,
/// <c>GetCategoryIndex</c> and <c>Text</c>.
/// </summary>
internal sealed class Utf8Emitter
{
    private const string DataNote = "A slice of constant data: nothing allocates.";

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

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_set.Namespace)))
        {
            using (_w.Block(GeneratedCode.Accessibility(_set.IsPublic) + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(_set.Name))))
            {
                WriteReasonPhrase();
                WriteTextMembers("Title", "title");
                WriteTextMembers("Description", "description");
            }
        }

        return _w.ToString();
    }

    private void WriteReasonPhrase()
    {
        _w.Line("/// <summary>The invariant reason phrase as UTF-8 (ASCII) bytes, for example for an HTTP status line; empty when <paramref name=\"value\"/> is not a defined code. " + DataNote + "</summary>");
        using (_w.Block("public static " + KnownTypes.ByteSpan + " GetReasonPhraseUtf8(this " + _type + " value)"))
        {
            _w.Line("int slot = GetSlot((int)value);");
            _w.Line("return slot >= 0 ? Text(ReasonsStart + slot) : default;");
        }
    }

    private void WriteTextMembers(string kind, string noun)
    {
        _w.Line();
        var fallback = HasCategories ? "its category's " + noun + ", else the empty span" : "the empty span";
        _w.Line("/// <summary>The " + noun + " in <paramref name=\"locale\"/> as UTF-8 bytes, equal to the UTF-8 encoding of <c>Get" + kind + "</c>; for a value that is not a defined code, " + fallback + ". " + DataNote + "</summary>");
        using (_w.Block("public static " + KnownTypes.ByteSpan + " Get" + kind + "Utf8(this " + _type + " value, " + _locale + " locale)"))
        {
            _w.Line("int slot = GetSlot((int)value);");
            if (HasCategories)
            {
                _w.Line("return slot >= 0");
                _w.Line("    ? Text(" + kind + "sStart + (GetLocaleRow(locale) * Count) + slot)");
                _w.Line("    : Text(Category" + kind + "sStart + (GetLocaleRow(locale) * CategoryColumns) + GetCategoryIndex((int)value));");
            }
            else
            {
                _w.Line("return slot >= 0 ? Text(" + kind + "sStart + (GetLocaleRow(locale) * Count) + slot) : default;");
            }
        }

        _w.Line();
        LocaleOverloads.Write(
            _w,
            "public static " + KnownTypes.ByteSpan + " Get" + kind + "Utf8",
            "Get" + kind + "Utf8",
            "this " + _type + " value",
            _locales,
            "The " + noun + " as UTF-8 bytes in the locale that best matches <paramref name=\"culture\"/> (null: the current UI culture).",
            "The " + noun + " as UTF-8 bytes in the locale that best matches the current UI culture.");
    }
}

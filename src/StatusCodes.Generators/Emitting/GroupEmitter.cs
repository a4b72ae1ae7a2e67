using System.Collections.Generic;
using System.Globalization;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits a group's lookup class (<c>{Group}Codes</c>): for data that arrives at run time as a key
/// and a number ("PING", 610), it finds the set by key (ignoring case) and the text by code, with
/// the set's fallback set consulted for codes the set does not define.
/// </summary>
internal sealed class GroupEmitter
{
    private readonly GroupModel _group;
    private readonly EmitFeatures _features;
    private readonly SourceWriter _w = new();
    private readonly string _locale;

    private GroupEmitter(GroupModel group, EmitFeatures features)
    {
        _group = group;
        _features = features;
        _locale = CSharpNames.Global(group.LocaleNamespace, LocaleEmitter.EnumName);
    }

    public static string ClassName(GroupModel group) => GeneratedTypeNames.GroupClass(group.Name);

    public static string HintName(GroupModel group) => group.Namespace + "." + ClassName(group) + ".g.cs";

    public static string Emit(GroupModel group, EmitFeatures features) => new GroupEmitter(group, features).Emit();

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_group.Namespace)))
        {
            DocumentationWriter.Summary(_w, "Finds the title and description of a code that arrives at run time with its set key (for example a protocol name), across the sets of the " + _group.Name + " group. Keys match ignoring case; nothing allocates.");
            _w.Line(GeneratedCode.Attribute);
            _w.Line(GeneratedCode.ExcludeFromCoverage);
            using (_w.Block(GeneratedCode.Accessibility(_group.IsPublic) + " static partial class " + CSharpNames.Identifier(ClassName(_group))))
            {
                _w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<string> s_keys = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[]");
                _w.OpenBrace();
                foreach (var entry in _group.Entries)
                {
                    _w.Line(CSharpNames.Literal(entry.Key) + ",");
                }

                _w.CloseBrace(");");
                _w.Line();
                _w.Line("/// <summary>The keys of the group's sets, in definition order.</summary>");
                _w.Line("public static " + KnownTypes.IReadOnlyList + "<string> Keys => s_keys;");
                _w.Line();
                foreach (var (kind, noun) in new[] { ("Title", "title"), ("Description", "description") })
                {
                    WritePublic(kind, noun, "string?", "key is null ? -1 : FindSet(key)");
                    if (_features.HasSpan)
                    {
                        WritePublic(kind, noun, KnownTypes.CharSpan, "FindSet(key)");
                    }
                }

                WriteFindSet("string", literal => "string.Equals(key, " + literal + ", " + KnownTypes.OrdinalIgnoreCase + ")");
                if (_features.HasSpan)
                {
                    WriteFindSet(KnownTypes.CharSpan, literal => KnownTypes.MemoryExtensions + ".Equals(key, " + KnownTypes.MemoryExtensions + ".AsSpan(" + literal + "), " + KnownTypes.OrdinalIgnoreCase + ")");
                }

                WriteTryGetText();
            }
        }

        return _w.ToString();
    }

    private void WritePublic(string kind, string noun, string keyType, string find)
    {
        var parameter = kind == "Title" ? "title" : "description";
        _w.Line("/// <summary>The " + noun + " of <paramref name=\"code\"/> in the set with key <paramref name=\"key\"/>, in <paramref name=\"locale\"/>; false (and the empty string) when the key or the code is unknown.</summary>");
        using (_w.Block("public static bool TryGet" + kind + "(" + keyType + " key, int code, " + _locale + " locale, out string " + parameter + ")"))
        {
            _w.Line("return TryGetText(" + find + ", code, locale, " + (kind == "Title" ? "true" : "false") + ", out " + parameter + ");");
        }

        _w.Line();
    }

    // Shape: if (Equals(key, "PING")) { return 0; } per entry, in group order, then -1.
    private void WriteFindSet(string keyType, System.Func<string, string> equals)
    {
        using (_w.Block("private static int FindSet(" + keyType + " key)"))
        {
            for (var i = 0; i < _group.Entries.Count; i++)
            {
                _w.Line("if (" + equals(CSharpNames.Literal(_group.Entries[i].Key)) + ")");
                _w.OpenBrace();
                _w.Line("return " + CSharpNames.Number(i) + ";");
                _w.CloseBrace();
                _w.Line();
            }

            _w.Line("return -1;");
        }

        _w.Line();
    }

    // Shape: switch (set) { case 0: if ({Set}Extensions.IsDefined(code)) { text = title ? GetTitle(...) : GetDescription(...); return true; }
    // (the same for the fallback set) break; }, then the empty string and false.
    private void WriteTryGetText()
    {
        using (_w.Block("private static bool TryGetText(int set, int code, " + _locale + " locale, bool title, out string text)"))
        {
            using (_w.Block("switch (set)"))
            {
                for (var i = 0; i < _group.Entries.Count; i++)
                {
                    var entry = _group.Entries[i];
                    _w.Line("case " + CSharpNames.Number(i) + ":");
                    _w.OpenBrace();
                    var types = new List<string> { entry.SetType };
                    if (entry.FallbackSetType is not null)
                    {
                        types.Add(entry.FallbackSetType);
                    }

                    foreach (var type in types)
                    {
                        var enumType = CSharpNames.GlobalFullName(type);
                        var extensions = CSharpNames.GlobalFullName(GeneratedTypeNames.ExtensionsClass(type));
                        _w.Line("if (" + extensions + ".IsDefined(code))");
                        _w.OpenBrace();
                        _w.Line("text = title ? " + extensions + ".GetTitle((" + enumType + ")code, locale) : " + extensions + ".GetDescription((" + enumType + ")code, locale);");
                        _w.Line("return true;");
                        _w.CloseBrace();
                        _w.Line();
                    }

                    _w.Line("break;");
                    _w.CloseBrace();
                }
            }

            _w.Line();
            _w.Line("text = string.Empty;");
            _w.Line("return false;");
        }
    }
}

using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Schema;

namespace StatusCodes.Generators.Emitting;

/// <summary>Emits <c>StatusLocale</c> and <c>StatusLocales</c>: the project's locales and culture matching.</summary>
internal sealed class LocaleEmitter
{
    public const string EnumName = GeneratedTypeNames.LocaleEnum;
    public const string ClassName = GeneratedTypeNames.LocaleClass;

    /// <summary>Cultures each thread remembers: a server's requests take turns among a few.</summary>
    private const int CachedCultures = 4;

    private readonly LocalesModel _locales;
    private readonly EmitFeatures _features;
    private readonly SourceWriter _w = new();
    private readonly string _enum;

    private LocaleEmitter(LocalesModel locales, EmitFeatures features)
    {
        _locales = locales;
        _features = features;
        _enum = CSharpNames.Global(locales.Namespace, EnumName);
    }

    public static string HintName(LocalesModel locales) => locales.Namespace + "." + EnumName + ".g.cs";

    public static string Emit(LocalesModel locales, EmitFeatures features) => new LocaleEmitter(locales, features).Emit();

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        var access = GeneratedCode.Accessibility(_locales.IsPublic);
        using (_w.Block("namespace " + CSharpNames.Namespace(_locales.Namespace)))
        {
            DocumentationWriter.Summary(_w, "The locales this project's status-code definitions provide texts in. The first, " + _locales.Default + ", is the default.");
            _w.Line(GeneratedCode.Attribute);
            using (_w.Block(access + " enum " + EnumName))
            {
                for (var i = 0; i < _locales.Names.Count; i++)
                {
                    if (i > 0)
                    {
                        _w.Line();
                    }

                    var name = _locales.Names[i];
                    DocumentationWriter.Summary(_w, "<c>" + CSharpNames.XmlText(name) + "</c>" + (i == 0 ? " (the default locale)." : "."), escaped: false);
                    _w.Line(CSharpNames.Identifier(LocaleNames.ToMemberName(name)) + " = " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
                }
            }

            _w.Line();
            DocumentationWriter.Summary(_w, "Finds the <see cref=\"" + EnumName + "\"/> for a culture: its own name, then its parent cultures, then the usual aliases (zh-Hant, zh-HK and zh-MO read as zh-TW; zh-Hans and zh-SG as zh-CN; a bare language as its main region), else the default.", escaped: false);
            _w.Line(GeneratedCode.Attribute);
            _w.Line(GeneratedCode.ExcludeFromCoverage);
            using (_w.Block(access + " static partial class " + ClassName))
            {
                WriteMembers();
            }
        }

        return _w.ToString();
    }

    private void WriteMembers()
    {
        var aliases = LocaleAliases.For(_locales.Names);
        for (var i = 0; i < CachedCultures; i++)
        {
            _w.Lines($$"""
                [global::System.ThreadStatic]
                private static {{KnownTypes.CultureInfo}}? t_culture{{CSharpNames.Number(i)}};

                [global::System.ThreadStatic]
                private static {{_enum}} t_locale{{CSharpNames.Number(i)}};

                """);
        }

        _w.Lines($$"""
            [global::System.ThreadStatic]
            private static int t_nextEntry;

            /// <summary>The default locale, used where no better match exists.</summary>
            public static {{_enum}} Default => ({{_enum}})0;

            /// <summary>The locale that best matches <see cref="{{KnownTypes.CultureInfo}}.CurrentUICulture"/>. Repeated calls with the same culture allocate nothing.</summary>
            public static {{_enum}} Current => FromCulture({{KnownTypes.CultureInfo}}.CurrentUICulture);

            /// <summary>The locale that best matches <paramref name="culture"/> (null: the current UI culture). Allocates nothing.</summary>
            public static {{_enum}} FromCulture({{KnownTypes.CultureInfo}}? culture)
            {
                culture ??= {{KnownTypes.CultureInfo}}.CurrentUICulture;

                // {{CSharpNames.Number(CachedCultures)}} entries per thread: no locks, no allocation, no torn pair, and no miss when requests
                // take turns among a few cultures.
            """);
        _w.Indent();
        for (var i = 0; i < CachedCultures; i++)
        {
            _w.Lines($$"""
                if (ReferenceEquals(culture, t_culture{{CSharpNames.Number(i)}}))
                {
                    return t_locale{{CSharpNames.Number(i)}};
                }

                """);
        }

        _w.Line("return Remember(culture, Resolve(culture));");
        _w.Unindent();
        _w.Line("}");

        _w.Line();
        // Shape: switch (t_nextEntry) { case 0: t_locale0 = locale; t_culture0 = culture; break; ... default: (the last entry) }
        // then t_nextEntry moves on, so the oldest entry is replaced.
        using (_w.Block("private static " + _enum + " Remember(" + KnownTypes.CultureInfo + " culture, " + _enum + " locale)"))
        {
            using (_w.Block("switch (t_nextEntry)"))
            {
                for (var i = 0; i < CachedCultures; i++)
                {
                    _w.Line(i == CachedCultures - 1 ? "default:" : "case " + CSharpNames.Number(i) + ":");
                    _w.Line("    t_locale" + CSharpNames.Number(i) + " = locale;");
                    _w.Line("    t_culture" + CSharpNames.Number(i) + " = culture;");
                    _w.Line("    break;");
                }
            }

            _w.Line();
            _w.Line("t_nextEntry = (t_nextEntry + 1) % " + CSharpNames.Number(CachedCultures) + ";");
            _w.Line("return locale;");
        }

        _w.Line();
        _w.Lines($$"""
            private static {{_enum}} Resolve({{KnownTypes.CultureInfo}} culture)
            {
                {{KnownTypes.CultureInfo}} current = culture;
                for (int depth = 0; depth < 8 && current.Name.Length > 0; depth++)
                {
                    if (TryMatch(current.Name, out {{_enum}} match))
                    {
                        return match;
                    }

                    current = current.Parent;
                }

            """);
        _w.Indent();
        var languages = aliases.Where(a => a.Name.IndexOf('-') < 0).ToList();
        if (languages.Count > 0)
        {
            _w.Lines("""
                // A custom culture may have no parent chain: try its language subtag.
                string name = culture.Name;
                int dash = name.IndexOf('-');
                """);
            foreach (var (alias, locale) in languages)
            {
                var length = CSharpNames.Number(alias.Length);
                _w.Lines($$"""
                    if (dash == {{length}} && string.Compare(name, 0, {{CSharpNames.Literal(alias)}}, 0, {{length}}, {{KnownTypes.OrdinalIgnoreCase}}) == 0)
                    {
                        return ({{_enum}}){{CSharpNames.Number(locale)}};
                    }

                    """);
            }
        }

        _w.Line("return Default;");
        _w.Unindent();
        _w.Lines($$"""
            }

            /// <summary>Parses a culture name this project knows (a declared locale or one of its aliases), ignoring case.</summary>
            public static bool TryParse(string? name, out {{_enum}} locale)
            {
                if (name is null)
                {
                    locale = Default;
                    return false;
                }

                return TryMatch(name, out locale);
            }

            """);
        if (_features.HasSpan)
        {
            // One list of names, in the span overload; the string paths go through it.
            _w.Line("private static bool TryMatch(string name, out " + _enum + " locale) => TryParse(" + KnownTypes.MemoryExtensions + ".AsSpan(name), out locale);");
            _w.Line();
            _w.Line("/// <summary>Parses a culture name this project knows (a declared locale or one of its aliases), ignoring case.</summary>");
            WriteMatch(KnownTypes.CharSpan, aliases, literal => KnownTypes.MemoryExtensions + ".Equals(name, " + KnownTypes.MemoryExtensions + ".AsSpan(" + literal + "), " + KnownTypes.OrdinalIgnoreCase + ")", "TryParse", isPublic: true);
        }
        else
        {
            WriteMatch("string", aliases, literal => "string.Equals(name, " + literal + ", " + KnownTypes.OrdinalIgnoreCase + ")", "TryMatch", isPublic: false);
        }

        _w.Line("/// <summary>The culture name of <paramref name=\"locale\"/>, such as <c>" + CSharpNames.XmlText(_locales.Default) + "</c>; the default locale's name for an undefined value.</summary>");
        // Shape: locale switch { (StatusLocale)1 => "fr-FR", ..., _ => "en-US" }; the default locale is the fallback arm.
        _w.Line("public static string GetName(this " + _enum + " locale) => locale switch");
        _w.OpenBrace();
        for (var i = 1; i < _locales.Names.Count; i++)
        {
            _w.Line("(" + _enum + ")" + CSharpNames.Number(i) + " => " + CSharpNames.Literal(_locales.Names[i]) + ",");
        }

        _w.Line("_ => " + CSharpNames.Literal(_locales.Default) + ",");
        _w.CloseBrace(";");
    }

    // Shape: if (Equals(name, "fr-FR")) { locale = (StatusLocale)1; return true; } per name and alias, then Default and false.
    private void WriteMatch(string parameterType, System.Collections.Generic.IReadOnlyList<(string Name, int Locale)> aliases, System.Func<string, string> equals, string method, bool isPublic)
    {
        using (_w.Block((isPublic ? "public" : "private") + " static bool " + method + "(" + parameterType + " name, out " + _enum + " locale)"))
        {
            foreach (var (alias, locale) in aliases)
            {
                _w.Line("if (" + equals(CSharpNames.Literal(alias)) + ")");
                _w.OpenBrace();
                _w.Line("locale = (" + _enum + ")" + CSharpNames.Number(locale) + ";");
                _w.Line("return true;");
                _w.CloseBrace();
                _w.Line();
            }

            _w.Line("locale = Default;");
            _w.Line("return false;");
        }

        _w.Line();
    }
}

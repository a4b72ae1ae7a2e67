using System.Linq;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>The response headers, the <c>Accept-Language</c> parsing and the texts table of the problem details file.</summary>
internal sealed partial class ProblemDetailsEmitter
{
    private void WriteLanguageHelpers()
    {
        _w.Lines($$"""

            private static void MarkLanguage({{KnownTypes.AspNetCoreHttp}}.IHeaderDictionary headers, {{_locale}} locale)
            {
                headers["Content-Language"] = {{_locales}}.GetName(locale);
                {{KnownTypes.StringValues}} vary = headers["Vary"];
                foreach (string? value in vary)
                {
                    if (value != null && value.IndexOf(AcceptLanguage, {{KnownTypes.OrdinalIgnoreCase}}) >= 0)
                    {
                        return;
                    }
                }

                headers["Vary"] = {{KnownTypes.StringValues}}.Concat(vary, AcceptLanguage);
            }

            /// <summary>
            /// The locale of the best <c>Accept-Language</c> entry the definitions have texts for: highest
            /// quality first, the earlier entry on a tie. Entries that are no language tag or carry a
            /// malformed quality are skipped, as are <c>*</c> and <c>q=0</c>.
            /// </summary>
            private static bool TryParseAcceptLanguage({{KnownTypes.StringValues}} headers, out {{_locale}} locale)
            {
                locale = {{_locales}}.Default;
                double best = 0;
                bool found = false;
                foreach (string? header in headers)
                {
                    {{KnownTypes.CharSpan}} rest = {{KnownTypes.MemoryExtensions}}.AsSpan(header);
                    while (!rest.IsEmpty)
                    {
                        int comma = {{KnownTypes.MemoryExtensions}}.IndexOf(rest, ',');
                        {{KnownTypes.CharSpan}} entry = comma < 0 ? rest : rest.Slice(0, comma);
                        rest = comma < 0 ? {{KnownTypes.CharSpan}}.Empty : rest.Slice(comma + 1);
                        if (TryReadEntry(entry, out {{KnownTypes.CharSpan}} tag, out double quality) && quality > best && TryMatchTag(tag, out {{_locale}} match))
                        {
                            best = quality;
                            locale = match;
                            found = true;
                        }
                    }
                }

                return found;
            }

            private static bool TryReadEntry({{KnownTypes.CharSpan}} entry, out {{KnownTypes.CharSpan}} tag, out double quality)
            {
                quality = 1;
                int semicolon = {{KnownTypes.MemoryExtensions}}.IndexOf(entry, ';');
                tag = {{KnownTypes.MemoryExtensions}}.Trim(semicolon < 0 ? entry : entry.Slice(0, semicolon));
                if (!IsLanguageTag(tag))
                {
                    return false;
                }

                {{KnownTypes.CharSpan}} parameters = semicolon < 0 ? {{KnownTypes.CharSpan}}.Empty : entry.Slice(semicolon + 1);
                while (!parameters.IsEmpty)
                {
                    int next = {{KnownTypes.MemoryExtensions}}.IndexOf(parameters, ';');
                    {{KnownTypes.CharSpan}} parameter = {{KnownTypes.MemoryExtensions}}.Trim(next < 0 ? parameters : parameters.Slice(0, next));
                    parameters = next < 0 ? {{KnownTypes.CharSpan}}.Empty : parameters.Slice(next + 1);
                    if (parameter.Length >= 2 && (parameter[0] == 'q' || parameter[0] == 'Q') && parameter[1] == '=')
                    {
                        if (!double.TryParse(parameter.Slice(2), {{KnownTypes.NumberStyles}}.AllowDecimalPoint, {{KnownTypes.CultureInfo}}.InvariantCulture, out quality) || quality > 1)
                        {
                            return false;
                        }
                    }
                }

                return true;
            }

            /// <summary>Letters, digits and inner hyphens, at most 64 characters: the shape of a language tag.</summary>
            private static bool IsLanguageTag({{KnownTypes.CharSpan}} tag)
            {
                if (tag.IsEmpty || tag.Length > 64 || tag[0] == '-' || tag[tag.Length - 1] == '-')
                {
                    return false;
                }

                foreach (char c in tag)
                {
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>The tag, else its parents (<c>zh-Hant-HK</c>, <c>zh-Hant</c>, <c>zh</c>), as a locale or an alias of one.</summary>
            private static bool TryMatchTag({{KnownTypes.CharSpan}} tag, out {{_locale}} locale)
            {
                while (true)
                {
                    if ({{_locales}}.TryParse(tag, out locale))
                    {
                        return true;
                    }

                    int dash = {{KnownTypes.MemoryExtensions}}.LastIndexOf(tag, '-');
                    if (dash <= 0)
                    {
                        return false;
                    }

                    tag = tag.Slice(0, dash);
                }
            }
            """);
    }

    /// <summary>The first set that defines the code gives the texts.</summary>
    private void WriteTexts()
    {
        using (_w.Block("private static bool TryGetTexts(int code, " + _locale + " locale, out string title, out string detail, out string? type)"))
        {
            foreach (var set in _model.Sets)
            {
                var type = CSharpNames.Global(set.Namespace, set.Name);
                var extensions = CSharpNames.Global(set.Namespace, GeneratedTypeNames.ExtensionsClass(set.Name));
                var reference = set.HasReferences ? extensions + ".GetReference(status)" : "null";
                _w.Lines($$"""
                    if ({{extensions}}.IsDefined(code))
                    {
                        {{type}} status = ({{type}})code;
                        title = {{extensions}}.GetTitle(status, locale);
                        detail = {{extensions}}.GetDescription(status, locale);
                        type = {{reference}};
                        return true;
                    }

                    """);
            }

            _w.Lines("""
                title = string.Empty;
                detail = string.Empty;
                type = null;
                return false;
                """);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Model;
using StatusCodes.Tool.Inputs;

namespace StatusCodes.Tool.Docs;

/// <summary>
/// Resolves each set's texts in one locale through the catalog, exactly as the generated code
/// resolves them: the locale's own text, else its fallback chain (parent locales the file
/// declares, then the file's default locale).
/// </summary>
internal static class DocsBuilder
{
    public static List<(DefinitionFileSpec File, CodeSetSpec Set, SetModel Model)> SetsOf(IReadOnlyList<LoadedDefinition> files, CatalogSpec catalog, CatalogOptions options)
    {
        var result = new List<(DefinitionFileSpec File, CodeSetSpec Set, SetModel Model)>();
        foreach (var file in files.Select(f => f.Spec!).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var ns = file.Namespace ?? options.Namespace;
            foreach (var set in file.Sets)
            {
                // The catalog keeps the first of two same-named sets (and reports the other); so do we.
                var model = catalog.Sets.FirstOrDefault(s => s.Namespace == ns && s.Name == set.Name);
                if (model is not null && !result.Any(r => ReferenceEquals(r.Model, model)))
                {
                    result.Add((file, set, model));
                }
            }
        }

        return result;
    }

    public static SetDocument Build(DefinitionFileSpec file, SetModel set, CatalogSpec catalog, string locale)
    {
        var index = IndexOf(catalog.Locales.Names, locale);
        var chain = CatalogBuilder.FallbackChain(locale, file);
        var codes = set.Codes
            .Select(c => new CodeRow(c.Code, c.Name, c.Titles[index], c.Descriptions[index], c.Reference, c.Deprecated, c.Aliases.ToList()))
            .ToList();
        var categories = set.Categories
            .Select(c => new CategoryRow(c.From, c.To, c.Name, c.Titles[index], c.Descriptions[index]))
            .ToList();
        return new SetDocument(set.Name, locale, Path.GetFileName(file.Path), set.Summary.Resolve(locale, chain), codes, categories);
    }

    private static int IndexOf(EquatableArray<string> names, string locale)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == locale)
            {
                return i;
            }
        }

        throw new ArgumentException("The catalog has no locale '" + locale + "'.", nameof(locale));
    }
}

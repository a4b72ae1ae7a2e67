using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;
using StatusCodes.Tool.Inputs;

namespace StatusCodes.Tool.Docs;

/// <summary>
/// Resolves each set's texts in one locale through the catalog, exactly as the generated code
/// resolves them: the locale's own text, else its fallback chain (parent locales the file
/// declares, then the file's default locale).
/// </summary>
internal static class DocsBuilder
{
    /// <summary>
    /// The pages to write: each set, then each pack (an <c>extend:</c> entry with <c>pack:</c>, as the
    /// built-in vendor packs are) with only the codes it adds. A set's own pages leave the codes of
    /// packs out, so they show the set as a project gets it when it names no pack.
    /// </summary>
    public static List<(DefinitionFileSpec File, SetSpec Set, SetModel Model)> SetsOf(IReadOnlyList<LoadedDefinition> files, CatalogModel catalog, CatalogOptions options)
    {
        var ordered = files.Select(f => f.Spec!).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var packs = ordered
            .SelectMany(f => f.Extensions.Where(e => e.PackName is not null).Select(e => (File: f, Extension: e, Added: e.Codes.Where(c => c.NewCode is not null).Select(c => c.NewCode!).ToList())))
            .ToList();

        var result = new List<(DefinitionFileSpec File, SetSpec Set, SetModel Model)>();
        foreach (var file in ordered)
        {
            var ns = file.Namespace ?? options.Namespace;
            foreach (var set in file.Sets)
            {
                // The catalog keeps the first of two same-named sets (and reports the other); so do we.
                var model = catalog.Sets.FirstOrDefault(s => s.Namespace == ns && s.Name == set.Name);
                if (model is not null && !result.Any(r => ReferenceEquals(r.Model, model)))
                {
                    var packCodes = new HashSet<int>(packs.Where(p => p.Extension.Target == set.Name).SelectMany(p => p.Added).Select(c => c.Code));
                    result.Add((file, set, packCodes.Count == 0 ? model : model with { Codes = model.Codes.Where(c => !packCodes.Contains(c.Code)).ToEquatableArray() }));
                }
            }
        }

        foreach (var (file, extension, added) in packs)
        {
            var target = catalog.Sets.FirstOrDefault(s => s.Namespace == (file.Namespace ?? options.Namespace) && s.Name == extension.Target)
                ?? catalog.Sets.FirstOrDefault(s => s.Name == extension.Target);
            if (target is null || added.Count == 0)
            {
                continue;
            }

            var codes = new HashSet<int>(added.Select(c => c.Code));
            var spec = new SetSpec(extension.PackName!, null, null, LocalizedText.None, EquatableArray<CategorySpec>.Empty, added.ToEquatableArray());
            result.Add((file, spec, target with { Name = extension.PackName!, Summary = LocalizedText.None, Categories = EquatableArray<CategoryModel>.Empty, Codes = target.Codes.Where(c => codes.Contains(c.Code)).ToEquatableArray() }));
        }

        return result;
    }

    public static SetDocument Build(DefinitionFileSpec file, SetModel set, CatalogModel catalog, string locale)
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

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// Merges parsed files into one <see cref="CatalogModel"/>. Files are taken in path order, so the
/// result never depends on the order the build lists them in; where two files clash, the first
/// wins and the other is reported.
/// </summary>
public static class CatalogBuilder
{
    /// <param name="cancellationToken">Checked per set, so a catalog of large sets stops promptly.</param>
    public static CatalogResult Build(IEnumerable<DefinitionFileSpec> files, CatalogOptions options, CancellationToken cancellationToken = default)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var issues = new List<CatalogIssue>();
        var locales = ResolveLocales(ordered, options, issues);
        var localesModel = new LocalesModel(options.Namespace, options.IsPublic, locales.ToEquatableArray());

        // Pick the sets that survive name clashes, in path order. Full names are compared ignoring
        // case: each set's files are named after it, and hint names must differ ignoring case.
        var chosen = new List<(DefinitionFileSpec File, SetSpec Set, string Namespace)>();
        var byFullName = new Dictionary<string, (string Path, string Name, string Namespace)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in ordered)
        {
            var ns = file.Namespace ?? options.Namespace;
            foreach (var set in file.Sets)
            {
                var fullName = ns + "." + set.Name;
                if (byFullName.TryGetValue(fullName, out var first))
                {
                    issues.Add(Issue(DefinitionDiagnostics.DuplicateSet, file.Path, set.Name, SetPart.Name, first.Name, first.Namespace, first.Path));
                    continue;
                }

                byFullName.Add(fullName, (file.Path, set.Name, ns));
                chosen.Add((file, set, ns));
            }
        }

        chosen = GeneratedTypeNames.WithoutClashes(chosen, options, issues);

        var extended = SetExtensions.Apply(chosen, ordered, options, issues);
        var sets = new List<SetModel>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sets.Add(BuildSet(chosen[i].File, extended[i], chosen[i].Namespace, options, locales));
        }

        var groups = BuildGroups(chosen, options, issues);
        var catalog = new CatalogModel(localesModel, sets.ToEquatableArray(), groups.ToEquatableArray());
        return new CatalogResult(catalog, issues.ToEquatableArray());
    }

    private static List<string> ResolveLocales(List<DefinitionFileSpec> files, CatalogOptions options, List<CatalogIssue> issues)
    {
        var all = new List<string>();
        foreach (var file in files)
        {
            foreach (var locale in file.Locales)
            {
                if (!all.Contains(locale))
                {
                    all.Add(locale);
                }
            }
        }

        var declared = all.Count == 0 ? "none" : string.Join(", ", all);
        all = (options.Locales ?? LocaleSelection.All).Apply(all, options.DefaultLocale, issues);

        string fallbackDefault = all.Contains("en-US") ? "en-US" : all.Count > 0 ? all[0] : "en-US";
        var chosenDefault = fallbackDefault;
        if (!string.IsNullOrEmpty(options.DefaultLocale))
        {
            if (all.Contains(options.DefaultLocale!))
            {
                chosenDefault = options.DefaultLocale!;
            }
            else
            {
                issues.Add(Issue(DefinitionDiagnostics.UnknownDefaultLocale, null, null, SetPart.Name, options.DefaultLocale!, declared, fallbackDefault));
            }
        }

        all.Remove(chosenDefault);
        all.Insert(0, chosenDefault);
        return all;
    }

    private static SetModel BuildSet(DefinitionFileSpec file, ExtendedSet extended, string ns, CatalogOptions options, List<string> locales)
    {
        var set = extended.Set;
        var chains = locales.Select(l => FallbackChain(l, file)).ToList();
        EquatableArray<string> Resolve(LocalizedText text) => locales.Select((l, i) => text.Resolve(l, chains[i])).ToEquatableArray();

        // A code an extension adds falls back through the locales of the file that adds it.
        EquatableArray<string> ResolveFrom(DefinitionFileSpec? codeFile, LocalizedText text)
            => codeFile is null ? Resolve(text) : locales.Select(l => text.Resolve(l, FallbackChain(l, codeFile))).ToEquatableArray();

        var codes = set.Codes
            .OrderBy(c => c.Code)
            .Select(c =>
            {
                var codeFile = extended.CodeFiles.TryGetValue(c.Code, out var f) ? f : null;
                return new CodeModel(c.Code, c.Name, c.Reason, c.Aliases, c.Deprecated, c.Reference, ResolveFrom(codeFile, c.Title), ResolveFrom(codeFile, c.Description), c.Title, c.Description);
            })
            .ToEquatableArray();
        var categories = set.Categories
            .OrderBy(c => c.From)
            .Select(c => new CategoryModel(c.Name, c.From, c.To, Resolve(c.Title), Resolve(c.Description), c.Title))
            .ToEquatableArray();
        var tags = set.Tags
            .Select(t => new TagModel(t.Name, Resolve(t.Title), t.Title, set.Codes.Where(c => c.Tags.Contains(t.Name)).Select(c => c.Code).OrderBy(c => c).ToEquatableArray()))
            .ToEquatableArray();
        // The file's locales the project generates: the XML docs show the texts of these only.
        var fileLocales = extended.Locales.Where(locales.Contains).ToEquatableArray();
        return new SetModel(ns, set.Name, options.IsPublic, options.Namespace, locales.ToEquatableArray(), file.DefaultLocale, fileLocales, set.Summary, codes, categories, set.ConvertibleTo, tags);
    }

    /// <summary>
    /// Where a text missing in <paramref name="locale"/> comes from: the locale's parents that the
    /// file declares (zh-Hant-TW, zh-Hant, zh), then the file's default, then its other locales.
    /// </summary>
    internal static IReadOnlyList<string> FallbackChain(string locale, DefinitionFileSpec file)
    {
        var chain = new List<string>();
        var name = locale;
        while (true)
        {
            var dash = name.LastIndexOf('-');
            if (dash < 0)
            {
                break;
            }

            name = name.Substring(0, dash);
            if (file.Locales.Contains(name))
            {
                chain.Add(name);
            }
        }

        chain.Add(file.DefaultLocale);
        chain.AddRange(file.Locales);
        return chain;
    }

    private static List<GroupModel> BuildGroups(List<(DefinitionFileSpec File, SetSpec Set, string Namespace)> chosen, CatalogOptions options, List<CatalogIssue> issues)
    {
        var groups = new List<GroupModel>();
        // Groups whose names differ only in case are one group (one lookup class, one file), named as first written.
        foreach (var byGroup in chosen.Where(c => c.File.Group is not null).GroupBy(c => (c.File.Group!, c.Namespace), IgnoreCase.Instance))
        {
            var entries = new List<GroupEntryModel>();
            var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (file, set, ns) in byGroup)
            {
                var key = set.Key ?? set.Name;
                if (keys.TryGetValue(key, out var owner))
                {
                    issues.Add(Issue(DefinitionDiagnostics.DuplicateGroupKey, file.Path, set.Name, set.Key is null ? SetPart.Name : SetPart.Key, key, byGroup.Key.Item1, owner));
                    continue;
                }

                keys.Add(key, set.Name);
                string? fallbackType = null;
                if (set.Fallback is not null)
                {
                    var target = chosen.Where(c => c.Set.Name == set.Fallback).OrderBy(c => c.Namespace == ns ? 0 : 1).Select(c => (c.Namespace, c.Set.Name)).FirstOrDefault();
                    if (target.Name is null)
                    {
                        issues.Add(Issue(DefinitionDiagnostics.UnknownFallbackSet, file.Path, set.Name, SetPart.Fallback, set.Name, set.Fallback));
                    }
                    else
                    {
                        fallbackType = target.Namespace + "." + target.Name;
                    }
                }

                entries.Add(new GroupEntryModel(key, ns + "." + set.Name, fallbackType));
            }

            groups.Add(new GroupModel(byGroup.Key.Namespace, byGroup.Key.Item1, options.IsPublic, options.Namespace, entries.ToEquatableArray()));
        }

        // A fallback outside any group has no effect (the parser warns); a missing target is still worth an error.
        foreach (var (file, set, _) in chosen.Where(c => c.File.Group is null && c.Set.Fallback is not null))
        {
            if (!chosen.Any(c => c.Set.Name == set.Fallback))
            {
                issues.Add(Issue(DefinitionDiagnostics.UnknownFallbackSet, file.Path, set.Name, SetPart.Fallback, set.Name, set.Fallback!));
            }
        }

        return groups;
    }

    private sealed class IgnoreCase : IEqualityComparer<(string Group, string Namespace)>
    {
        public static readonly IgnoreCase Instance = new();

        public bool Equals((string Group, string Namespace) x, (string Group, string Namespace) y)
            => StringComparer.OrdinalIgnoreCase.Equals(x.Group, y.Group) && StringComparer.OrdinalIgnoreCase.Equals(x.Namespace, y.Namespace);

        public int GetHashCode((string Group, string Namespace) value)
            => (StringComparer.OrdinalIgnoreCase.GetHashCode(value.Group) * 397) ^ StringComparer.OrdinalIgnoreCase.GetHashCode(value.Namespace);
    }

    private static CatalogIssue Issue(DiagnosticDescriptorInfo descriptor, string? path, string? setName, SetPart part, params string[] args)
        => new(descriptor, path, setName, part, args.ToEquatableArray());
}

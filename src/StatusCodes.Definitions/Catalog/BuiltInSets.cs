using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>The files that remain once the built-in definitions are narrowed to what the project wants.</summary>
public sealed record BuiltInSetsResult(EquatableArray<DefinitionFileSpec> Files, EquatableArray<CatalogIssue> Issues);

/// <summary>
/// Applies StatusCodesBuiltInSets and the project's own sets to the built-in definitions, before the
/// catalog is built. A built-in set is kept when it is selected (by <c>all</c> unless it is opt-in,
/// or by name), is the fallback of a selected set or the target of a selected pack, and the project
/// declares no set of the same name in the same namespace; a project set that takes the place of a
/// selected built-in set is reported as information (SCG0304). A built-in extension with a
/// <c>pack:</c> name is kept only when the selection names that pack. A built-in file left without
/// sets and extensions is dropped, so its locales do not reach the project either.
/// </summary>
public static class BuiltInSets
{
    public static BuiltInSetsResult Apply(IEnumerable<DefinitionFileSpec> files, BuiltInSelection selection, string defaultNamespace)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var builtIn = ordered.Where(f => f.IsBuiltIn).ToList();
        var issues = new List<CatalogIssue>();
        if (builtIn.Count == 0 && selection.Names.IsEmpty)
        {
            return new BuiltInSetsResult(ordered.ToEquatableArray(), EquatableArray<CatalogIssue>.Empty);
        }

        var (wanted, packs) = Select(builtIn, selection, issues);

        // The first project set (in path order) with a built-in set's full name takes its place.
        var projectSets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ordered.Where(f => !f.IsBuiltIn))
        {
            foreach (var set in file.Sets)
            {
                var fullName = (file.Namespace ?? defaultNamespace) + "." + set.Name;
                if (!projectSets.ContainsKey(fullName))
                {
                    projectSets.Add(fullName, file.Path);
                }
            }
        }

        var result = new List<DefinitionFileSpec>();
        foreach (var file in ordered)
        {
            if (!file.IsBuiltIn)
            {
                result.Add(file);
                continue;
            }

            var ns = file.Namespace ?? defaultNamespace;
            var kept = new List<SetSpec>();
            foreach (var set in file.Sets)
            {
                if (!wanted.Contains(set.Name))
                {
                    continue;
                }

                if (projectSets.TryGetValue(ns + "." + set.Name, out var replacement))
                {
                    issues.Add(new CatalogIssue(DefinitionDiagnostics.BuiltInSetReplaced, replacement, set.Name, SetPart.Name, new EquatableArray<string>(new[] { set.Name, ns })));
                    continue;
                }

                kept.Add(set);
            }

            var extensions = file.Extensions.Where(e => e.PackName is null || packs.Contains(e.PackName)).ToList();
            if (kept.Count == file.Sets.Count && extensions.Count == file.Extensions.Count)
            {
                result.Add(file);
            }
            else if (kept.Count > 0 || extensions.Count > 0)
            {
                result.Add(file with { Sets = kept.ToEquatableArray(), Extensions = extensions.ToEquatableArray() });
            }
        }

        return new BuiltInSetsResult(result.ToEquatableArray(), issues.ToEquatableArray());
    }

    /// <summary>
    /// The names of the built-in sets the selection keeps, with the sets they fall back to and the
    /// sets the selected packs extend; and the full names of the selected packs.
    /// </summary>
    private static (HashSet<string> Sets, HashSet<string> Packs) Select(List<DefinitionFileSpec> builtIn, BuiltInSelection selection, List<CatalogIssue> issues)
    {
        var sets = builtIn.SelectMany(f => f.Sets).ToList();
        var available = sets.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        var packs = builtIn.SelectMany(f => f.Extensions).Where(e => e.PackName is not null).GroupBy(e => e.PackName!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Target, StringComparer.Ordinal);

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var wantedPacks = new HashSet<string>(StringComparer.Ordinal);
        if (selection.IncludeAll)
        {
            wanted.UnionWith(sets.Where(s => !s.IsOptIn).Select(s => s.Name));
        }

        foreach (var name in selection.Names)
        {
            var match = available.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                wanted.Add(match);
                continue;
            }

            var pack = packs.Keys.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
            if (pack is not null)
            {
                wantedPacks.Add(pack);

                // A pack without the set it extends would only be reported as an unknown target.
                if (available.Contains(packs[pack]))
                {
                    wanted.Add(packs[pack]);
                }

                continue;
            }

            var known = available.Count == 0 && packs.Count == 0
                ? "(no built-in definitions are present)"
                : string.Join(", ", available.Concat(packs.Keys.OrderBy(p => p, StringComparer.Ordinal)));
            issues.Add(new CatalogIssue(DefinitionDiagnostics.UnknownBuiltInSet, null, null, SetPart.Name, new EquatableArray<string>(new[] { name, known })));
        }

        // A selected set's fallback comes along, so that its group lookup resolves as documented.
        var fallbacks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in sets.Where(s => s.Fallback is not null && !fallbacks.ContainsKey(s.Name)))
        {
            fallbacks.Add(set.Name, set.Fallback!);
        }

        var pending = new Queue<string>(wanted);
        while (pending.Count > 0)
        {
            if (fallbacks.TryGetValue(pending.Dequeue(), out var fallback) && available.Contains(fallback) && wanted.Add(fallback))
            {
                pending.Enqueue(fallback);
            }
        }

        return (wanted, wantedPacks);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Model;

namespace StatusCodes.Definitions.Catalog;

/// <summary>The files that remain once the built-in definitions are narrowed to what the project wants.</summary>
public sealed record BuiltInSetsResult(EquatableArray<DefinitionFileSpec> Files, EquatableArray<CatalogIssue> Issues);

/// <summary>
/// Applies StatusCodesBuiltInSets and the project's own sets to the built-in definitions, before the
/// catalog is built. A built-in set is kept when it is selected (or is the fallback of a selected
/// one) and the project declares no set of the same name in the same namespace; a project set that
/// takes the place of a selected built-in set is reported as information (SCG0304). A built-in file
/// left without sets is dropped, so its locales do not reach the project either.
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

        var available = builtIn.SelectMany(f => f.Sets).Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        var wanted = Select(available, builtIn, selection, issues);

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
            var kept = new List<CodeSetSpec>();
            foreach (var set in file.Sets)
            {
                if (!wanted.Contains(set.Name))
                {
                    continue;
                }

                if (projectSets.TryGetValue(ns + "." + set.Name, out var replacement))
                {
                    issues.Add(new CatalogIssue(DefinitionDiagnostics.BuiltInSetReplaced, replacement, set.Name, AnchorPart.Name, new EquatableArray<string>(new[] { set.Name, ns })));
                    continue;
                }

                kept.Add(set);
            }

            if (kept.Count == file.Sets.Count)
            {
                result.Add(file);
            }
            else if (kept.Count > 0)
            {
                result.Add(file with { Sets = kept.ToEquatableArray() });
            }
        }

        return new BuiltInSetsResult(result.ToEquatableArray(), issues.ToEquatableArray());
    }

    /// <summary>The names of the built-in sets the selection keeps, with the sets they fall back to.</summary>
    private static HashSet<string> Select(List<string> available, List<DefinitionFileSpec> builtIn, BuiltInSelection selection, List<CatalogIssue> issues)
    {
        if (selection.IncludeAll)
        {
            return new HashSet<string>(available, StringComparer.Ordinal);
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in selection.Names)
        {
            var match = available.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var known = available.Count == 0 ? "(no built-in definitions are present)" : string.Join(", ", available);
                issues.Add(new CatalogIssue(DefinitionDiagnostics.UnknownBuiltInSet, null, null, AnchorPart.Name, new EquatableArray<string>(new[] { name, known })));
                continue;
            }

            wanted.Add(match);
        }

        // A selected set's fallback comes along, so that its group lookup resolves as documented.
        var fallbacks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in builtIn.SelectMany(f => f.Sets).Where(s => s.Fallback is not null && !fallbacks.ContainsKey(s.Name)))
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

        return wanted;
    }
}

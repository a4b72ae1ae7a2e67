using System;
using System.Collections.Generic;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Model;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// The types the generator writes besides each set's enum, and the sets whose name one of them
/// takes. Each type gets a file named after it, and the compiler requires those names to differ
/// ignoring case (as they must on a case-insensitive disk), so the comparison ignores case.
/// The suffixes are the ones SetEmitter and GroupEmitter append; they change together.
/// </summary>
internal static class GeneratedTypeNames
{
    public const string ExtensionsSuffix = "Extensions";
    public const string CategorySuffix = "Category";
    public const string GroupSuffix = "Codes";

    /// <summary>
    /// The sets of <paramref name="chosen"/> that may keep their name, in order; each other set named
    /// like a generated type is reported (SCG0109) and left out.
    /// </summary>
    public static List<(DefinitionFileSpec File, CodeSetSpec Set, string Namespace)> WithoutClashes(
        List<(DefinitionFileSpec File, CodeSetSpec Set, string Namespace)> chosen,
        CatalogOptions options,
        List<CatalogIssue> issues)
    {
        var generated = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [options.Namespace + ".StatusLocale"] = "the generated locale types",
            [options.Namespace + ".StatusLocales"] = "the generated locale types",
        };
        foreach (var (file, set, ns) in chosen)
        {
            generated[ns + "." + set.Name + ExtensionsSuffix] = "the extensions class of set '" + set.Name + "'";
            if (!set.Categories.IsEmpty)
            {
                generated[ns + "." + set.Name + CategorySuffix] = "the category enum of set '" + set.Name + "'";
            }

            if (file.Group is not null)
            {
                generated[ns + "." + file.Group + GroupSuffix] = "the lookup class of group '" + file.Group + "'";
            }
        }

        var kept = new List<(DefinitionFileSpec File, CodeSetSpec Set, string Namespace)>(chosen.Count);
        foreach (var entry in chosen)
        {
            if (generated.TryGetValue(entry.Namespace + "." + entry.Set.Name, out var owner))
            {
                issues.Add(new CatalogIssue(DefinitionDiagnostics.ReservedName, entry.File.Path, entry.Set.Name, AnchorPart.Name, new[] { entry.Set.Name, owner }.ToEquatableArray()));
                continue;
            }

            kept.Add(entry);
        }

        return kept;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// Which locales a project generates, from the MSBuild property StatusCodesLocales: empty for every
/// locale the definitions provide, else culture names separated by <c>;</c> or <c>,</c>. Applied to
/// the project's locales before any set is resolved, so the texts of the other locales never reach
/// the model, while a text missing in a chosen locale still falls back through its file's locales.
/// </summary>
/// <param name="Names">The names as written, trimmed, without duplicates (ignoring case); empty for every locale.</param>
/// <param name="ProjectFile">
/// The project file, where the property is set: findings about a name point at it, since an
/// MSBuild property has no line of its own that the compiler knows. Null when the build does not say.
/// </param>
public sealed record LocaleSelection(EquatableArray<string> Names, string? ProjectFile)
{
    public const string PropertyName = "StatusCodesLocales";

    public static readonly LocaleSelection All = new(EquatableArray<string>.Empty, null);

    public bool IncludeAll => Names.IsEmpty;

    public static LocaleSelection Parse(string? value, string? projectFile)
    {
        var names = new List<string>();
        foreach (var part in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            if (name.Length > 0 && !names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(name);
            }
        }

        // Without names the project file plays no part, and leaving it out keeps a moved project's catalog cached.
        return names.Count == 0 ? All : new LocaleSelection(names.ToEquatableArray(), projectFile);
    }

    /// <summary>
    /// The locales of <paramref name="available"/> (in their order) that the selection names, plus
    /// <paramref name="defaultLocale"/> when the definitions provide it: the project asked for it by name.
    /// Names the definitions do not provide are reported and ignored; when none is left, every locale stays.
    /// </summary>
    internal List<string> Apply(List<string> available, string? defaultLocale, List<CatalogIssue> issues)
    {
        if (IncludeAll)
        {
            return available;
        }

        var kept = available
            .Where(a => a == defaultLocale || Names.Any(n => string.Equals(n, a, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        // With no name left, nothing would remain to generate: every locale stays, and each warning says so.
        var outcome = kept.Count == 0 && available.Count > 0 ? ", and as no name is left, every locale is generated" : string.Empty;
        var known = available.Count == 0 ? "(none)" : string.Join(", ", available);
        foreach (var name in Names)
        {
            if (!available.Exists(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)))
            {
                issues.Add(new CatalogIssue(DefinitionDiagnostics.UnknownSelectedLocale, ProjectFile, null, SetPart.Name, new EquatableArray<string>(new[] { name, outcome, known })));
            }
        }

        return kept.Count == 0 ? available : kept;
    }
}

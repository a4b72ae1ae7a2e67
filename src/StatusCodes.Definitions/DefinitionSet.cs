using System.Collections.Generic;
using System.Linq;
using System.Threading;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions;

/// <summary>
/// The definition files a project builds together, taken through every stage that needs no
/// compiler: parse each file → narrow the built-in definitions to the selection
/// (<see cref="BuiltInSets"/>) → merge into one catalog (<see cref="CatalogBuilder"/>) → locate
/// the cross-file findings in the files. The generator, <c>statuscodes lint</c>,
/// <c>statuscodes docs</c> and the fuzz tests all go this way, so a finding reads the same in each.
/// </summary>
/// <remarks>
/// The generator parses and locates in steps of its own pipeline (each file is cached apart, and
/// positions stay out of the catalog so that moving lines rebuilds nothing); it calls
/// <see cref="BuildCatalog"/> for the stage in between.
/// </remarks>
public static class DefinitionSet
{
    /// <summary>Parses each (path, text) pair and builds the set from the results.</summary>
    public static DefinitionSetResult Build(IEnumerable<KeyValuePair<string, string>> files, BuiltInSelection selection, CatalogOptions options, DefinitionLimits? limits = null, CancellationToken cancellationToken = default)
        => Build(files.Select(f => DefinitionParser.Parse(f.Key, f.Value, limits, cancellationToken)).ToList(), selection, options, cancellationToken);

    /// <summary>
    /// Builds the set from files parsed already. A file without a spec contributes its own findings
    /// only; when no file has a spec there is nothing to merge and <see cref="DefinitionSetResult.Catalog"/> is null.
    /// </summary>
    public static DefinitionSetResult Build(IReadOnlyList<DefinitionParseResult> files, BuiltInSelection selection, CatalogOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        var specs = files.Where(f => f.Spec is not null).Select(f => f.Spec!).ToList();
        if (specs.Count == 0)
        {
            return new DefinitionSetResult(files, null, EquatableArray<CatalogIssue>.Empty, diagnostics.ToEquatableArray());
        }

        var built = BuildCatalog(specs, selection, options, cancellationToken);
        diagnostics.AddRange(built.Issues.Select(issue => Locate(issue, files)));
        return new DefinitionSetResult(files, built.Catalog, built.Issues, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The built-in selection, then the catalog: the selection's findings (SCG0304, SCG0305) come
    /// before the catalog's own.
    /// </summary>
    public static CatalogResult BuildCatalog(IEnumerable<DefinitionFileSpec> files, BuiltInSelection selection, CatalogOptions options, CancellationToken cancellationToken = default)
    {
        var selected = BuiltInSets.Apply(files, selection, options.Namespace);
        var built = CatalogBuilder.Build(selected.Files, options, cancellationToken);
        return selected.Issues.IsEmpty ? built : built with { Issues = selected.Issues.Concat(built.Issues).ToEquatableArray() };
    }

    /// <summary>A cross-file finding at its place in the file it names, found among <paramref name="files"/>.</summary>
    public static DiagnosticInfo Locate(CatalogIssue issue, IEnumerable<DefinitionParseResult> files)
        => issue.ToDiagnostic(issue.Path is null ? null : files.FirstOrDefault(f => f.Spec is not null && f.Spec.Path == issue.Path)?.SourceMaps);
}

/// <summary>What <see cref="DefinitionSet.Build(IReadOnlyList{DefinitionParseResult}, BuiltInSelection, CatalogOptions, CancellationToken)"/> found.</summary>
/// <param name="Files">Each file's parse result, in the order given.</param>
/// <param name="Catalog">The merged catalog; null when no file could be read.</param>
/// <param name="Issues">The cross-file findings as the catalog names them (set and part, no position).</param>
/// <param name="Diagnostics">Every finding, located: each file's own in file order, then the cross-file ones.</param>
public sealed record DefinitionSetResult(
    IReadOnlyList<DefinitionParseResult> Files,
    CatalogModel? Catalog,
    EquatableArray<CatalogIssue> Issues,
    EquatableArray<DiagnosticInfo> Diagnostics);

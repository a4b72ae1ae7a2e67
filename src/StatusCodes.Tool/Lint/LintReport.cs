using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Tool.Inputs;

namespace StatusCodes.Tool.Lint;

/// <summary>Everything lint found, in the order it prints it: each file's findings, then the cross-file ones.</summary>
internal sealed class LintReport
{
    private LintReport(IReadOnlyList<LoadedDefinition> files, IReadOnlyList<DiagnosticInfo> diagnostics, IReadOnlyList<LocaleCoverage> coverage)
    {
        Files = files;
        Diagnostics = diagnostics;
        Coverage = coverage;
    }

    public IReadOnlyList<LoadedDefinition> Files { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

    public IReadOnlyList<LocaleCoverage> Coverage { get; }

    public int Count(DefinitionSeverity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>
    /// Builds the catalog the way the generator does (<see cref="DefinitionSet"/>), so that cross-file
    /// findings (duplicate sets, group keys, fallbacks) appear here exactly as they would in a build of
    /// these files.
    /// </summary>
    public static LintReport Create(IReadOnlyList<LoadedDefinition> files, CatalogOptions options)
    {
        // The tool marks no file as built-in, so the selection keeps every file it is given: lint
        // checks the files named on the command line, as a build of exactly those files would.
        var set = DefinitionSet.Build(files.Select(f => f.Result).ToList(), BuiltInSelection.All, options);
        var specs = files.Where(f => f.Spec is not null).Select(f => f.Spec!).ToList();
        return new LintReport(files, set.Diagnostics, TranslationCoverage.Measure(specs));
    }
}

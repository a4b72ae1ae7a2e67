using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>The outcome of parsing one file: the spec (null when the file is unusable), its findings and where its sets are written.</summary>
/// <param name="SourceMaps">One per set and per <c>extend:</c> entry, in the order the file writes them.</param>
public sealed record DefinitionParseResult(
    DefinitionFileSpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<SetSourceMap> SourceMaps);

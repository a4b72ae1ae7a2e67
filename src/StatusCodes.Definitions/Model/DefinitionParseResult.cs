using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Model;

/// <summary>Where a set is declared: kept apart from the spec so that moving lines does not change it.</summary>
public sealed record SetAnchor(string Name, string? Key, string? Fallback, SourceLocation NameLocation, SourceLocation? KeyLocation, SourceLocation? FallbackLocation);

/// <summary>The outcome of parsing one file: the spec (null when the file is unusable), findings and anchors.</summary>
public sealed record DefinitionParseResult(
    DefinitionFileSpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<SetAnchor> Anchors);

using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>Where a set is declared: kept apart from the spec so that moving lines does not change it.</summary>
/// <param name="KeyLocation">Where <c>key</c> is written, when it is.</param>
/// <param name="FallbackLocation">Where <c>fallback</c> is written, when it is.</param>
/// <param name="ConvertibleTo">Where each accepted <c>convertible-to</c> entry is written.</param>
/// <param name="IsExtension">True for an <c>extend:</c> entry; then <see cref="Name"/> is the extended set and <see cref="NameLocation"/> the value of <c>extend</c>.</param>
/// <param name="Codes">Where an extension writes each of its codes.</param>
public sealed record SetAnchor(
    string Name,
    SourceLocation NameLocation,
    SourceLocation? KeyLocation,
    SourceLocation? FallbackLocation,
    EquatableArray<NamedLocation> ConvertibleTo = default,
    bool IsExtension = false,
    EquatableArray<CodeAnchor> Codes = default);

/// <summary>Where a code of an extension is written: its number, and its name when it has one.</summary>
public sealed record CodeAnchor(int Code, SourceLocation CodeLocation, SourceLocation? NameLocation);

/// <summary>A name and where the definition file writes it.</summary>
public sealed record NamedLocation(string Name, SourceLocation Location);

/// <summary>The outcome of parsing one file: the spec (null when the file is unusable), findings and anchors.</summary>
public sealed record DefinitionParseResult(
    DefinitionFileSpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<SetAnchor> Anchors);

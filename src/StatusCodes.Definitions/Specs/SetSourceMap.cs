using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>
/// Where the parts of one set are written in its file. Kept apart from the spec so that moving lines
/// does not change the spec; cross-file findings are placed through it when they are reported.
/// </summary>
/// <param name="KeyLocation">Where <c>key</c> is written, when it is.</param>
/// <param name="FallbackLocation">Where <c>fallback</c> is written, when it is.</param>
/// <param name="ConvertibleTo">Where each accepted <c>convertible-to</c> entry is written.</param>
/// <param name="IsExtension">True for an <c>extend:</c> entry; then <see cref="Name"/> is the extended set and <see cref="NameLocation"/> the value of <c>extend</c>.</param>
/// <param name="Codes">Where an extension writes each of its codes.</param>
public sealed record SetSourceMap(
    string Name,
    SourceLocation NameLocation,
    SourceLocation? KeyLocation,
    SourceLocation? FallbackLocation,
    EquatableArray<NamedLocation> ConvertibleTo = default,
    bool IsExtension = false,
    EquatableArray<CodeSourceMap> Codes = default);

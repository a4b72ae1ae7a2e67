using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>One code, ready to emit; <see cref="Titles"/> and <see cref="Descriptions"/> are indexed by project locale.</summary>
public sealed record CodeModel(
    int Code,
    string Name,
    string Reason,
    EquatableArray<string> Aliases,
    string? Deprecated,
    string? Reference,
    EquatableArray<string> Titles,
    EquatableArray<string> Descriptions,
    LocalizedText Title,
    LocalizedText Description);

using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>One code of a set, as the definition file states it.</summary>
public sealed record CodeSpec(
    int Code,
    string Name,
    string Reason,
    LocalizedText Title,
    LocalizedText Description,
    EquatableArray<string> Aliases,
    string? Deprecated,
    string? Reference,
    EquatableArray<string> Tags = default);

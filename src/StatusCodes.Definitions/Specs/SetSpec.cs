using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>A set of codes: one generated enum with its extensions.</summary>
/// <param name="Key">The string the group lookup matches (for example "PING"); the set name when not given.</param>
/// <param name="Fallback">The set through which a group lookup resolves codes this set does not define.</param>
/// <param name="ConvertibleTo">Full names of enum types (such as <c>System.Net.HttpStatusCode</c>) the set converts to and from.</param>
public sealed record SetSpec(
    string Name,
    string? Key,
    string? Fallback,
    LocalizedText Summary,
    EquatableArray<CategorySpec> Categories,
    EquatableArray<CodeSpec> Codes,
    EquatableArray<string> ConvertibleTo = default,
    EquatableArray<TagSpec> Tags = default)
{
    /// <summary>
    /// <c>opt-in: true</c>: a built-in set that <c>all</c> leaves out, generated only when
    /// StatusCodesBuiltInSets names it. A project's own sets are always generated.
    /// </summary>
    public bool IsOptIn { get; init; }
}

using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>
/// A set entry written <c>extend: Target</c>: codes and texts added to a set that another file (or
/// the package) defines. Which codes are new and which exist is known only once every file is read,
/// so each entry keeps what it says and the catalog decides.
/// </summary>
/// <param name="Target">The name of the set to extend, resolved in the file's namespace first.</param>
public sealed record SetExtensionSpec(string Target, EquatableArray<CodeExtensionSpec> Codes)
{
    /// <summary>
    /// The <c>pack:</c> name, or null. In a built-in file the extension is the pack
    /// <c>{Target}.{Pack}</c> (<c>HttpStatus.Nginx</c>), applied only when StatusCodesBuiltInSets
    /// names it; in a project's own file it is applied like any extension.
    /// </summary>
    public string? Pack { get; init; }

    /// <summary>The name StatusCodesBuiltInSets selects the pack by, or null for an extension that is not a pack.</summary>
    public string? PackName => Pack is null ? null : Target + "." + Pack;
}

/// <summary>One code of an extension.</summary>
/// <param name="Name">The name the entry gives, or null: an entry without a name only adds texts to an existing code.</param>
/// <param name="NewCode">The complete code when the entry has a name and a title, for the case that the set lacks it.</param>
/// <param name="SetsFixedParts">True when the entry writes <c>reason</c>, <c>aliases</c>, <c>deprecated</c> or <c>reference</c>, which an existing code keeps.</param>
public sealed record CodeExtensionSpec(int Code, string? Name, LocalizedText Title, LocalizedText Description, CodeSpec? NewCode, bool SetsFixedParts);

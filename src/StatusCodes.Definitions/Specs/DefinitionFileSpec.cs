using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Specs;

/// <summary>
/// What one definition file says, without source positions: an edit that only moves lines (or
/// changes comments) leaves this value equal, so nothing downstream runs again.
/// </summary>
/// <param name="Path">The file's path, used to order files and to name it in findings.</param>
/// <param name="Namespace">The file's namespace, or null for the project's default namespace.</param>
/// <param name="Locales">The locales the file provides; the first is its default.</param>
/// <param name="Group">The name of the group lookup class to generate, or null.</param>
public sealed record DefinitionFileSpec(
    string Path,
    string? Namespace,
    EquatableArray<string> Locales,
    string? Group,
    EquatableArray<SetSpec> Sets)
{
    /// <summary>The file's <c>extend:</c> entries, one per extended set, in the order written.</summary>
    public EquatableArray<SetExtensionSpec> Extensions { get; init; } = EquatableArray<SetExtensionSpec>.Empty;

    /// <summary>
    /// True for the definitions that ship with the package (AdditionalFiles item metadata
    /// <c>StatusCodesBuiltIn="true"</c>): the project selects them with StatusCodesBuiltInSets and
    /// replaces them with a set of the same name (see <see cref="Catalog.BuiltInSets"/>).
    /// </summary>
    public bool IsBuiltIn { get; init; }

    public string DefaultLocale => Locales.IsEmpty ? "en-US" : Locales[0];
}

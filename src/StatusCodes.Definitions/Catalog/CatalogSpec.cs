using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>Project-wide settings that shape the catalog (from MSBuild properties).</summary>
/// <param name="Namespace">The namespace for files that name none, and for the locale types.</param>
/// <param name="DefaultLocale">The StatusCodesDefaultLocale property, or null.</param>
/// <param name="Locales">The StatusCodesLocales property; null for every locale.</param>
public sealed record CatalogOptions(string Namespace, bool IsPublic, string? DefaultLocale, LocaleSelection? Locales = null);

/// <summary>Everything the emitter needs, merged from all definition files, texts resolved per locale.</summary>
public sealed record CatalogSpec(LocaleCatalogSpec Locales, EquatableArray<SetModel> Sets, EquatableArray<GroupModel> Groups);

/// <summary>The locales of the whole project: the default first, then in order of appearance.</summary>
public sealed record LocaleCatalogSpec(string Namespace, bool IsPublic, EquatableArray<string> Names)
{
    public string Default => Names[0];
}

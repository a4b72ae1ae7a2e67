namespace StatusCodes.Definitions.Catalog;

/// <summary>Project-wide settings that shape the catalog (from MSBuild properties).</summary>
/// <param name="Namespace">The namespace for files that name none, and for the locale types.</param>
/// <param name="DefaultLocale">The StatusCodesDefaultLocale property, or null.</param>
/// <param name="Locales">The StatusCodesLocales property; null for every locale.</param>
public sealed record CatalogOptions(string Namespace, bool IsPublic, string? DefaultLocale, LocaleSelection? Locales = null);

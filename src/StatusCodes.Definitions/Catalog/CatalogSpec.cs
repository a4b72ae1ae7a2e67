using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Model;

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

/// <summary>One set, ready to emit. Every text array has one entry per project locale (<see cref="Locales"/>).</summary>
/// <param name="ConvertibleTo">The full names of the enums the set declares conversions to (whether they exist is the generator's question).</param>
public sealed record SetModel(
    string Namespace,
    string Name,
    bool IsPublic,
    string LocaleNamespace,
    EquatableArray<string> Locales,
    string FileDefaultLocale,
    EquatableArray<string> FileLocales,
    LocalizedText Summary,
    EquatableArray<CodeModel> Codes,
    EquatableArray<CategoryModel> Categories,
    EquatableArray<string> ConvertibleTo = default,
    EquatableArray<TagModel> Tags = default);

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

/// <summary>One category, ready to emit; its texts are indexed by project locale.</summary>
public sealed record CategoryModel(string Name, int From, int To, EquatableArray<string> Titles, EquatableArray<string> Descriptions, LocalizedText Title);

/// <summary>One tag, ready to emit: its titles indexed by project locale, and the codes that carry it in code order.</summary>
public sealed record TagModel(string Name, EquatableArray<string> Titles, LocalizedText Title, EquatableArray<int> Codes);

/// <summary>A group lookup class (<c>{Name}Codes</c>) that finds a set by its key at run time.</summary>
public sealed record GroupModel(string Namespace, string Name, bool IsPublic, string LocaleNamespace, EquatableArray<GroupEntryModel> Entries);

/// <summary>A set in a group: its key, its type, and the set codes it does not define resolve through.</summary>
public sealed record GroupEntryModel(string Key, string SetType, string? FallbackSetType);

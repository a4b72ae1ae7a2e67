using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

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

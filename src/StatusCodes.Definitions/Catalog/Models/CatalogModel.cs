using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>Everything the emitter needs, merged from all definition files, texts resolved per locale.</summary>
public sealed record CatalogModel(LocalesModel Locales, EquatableArray<SetModel> Sets, EquatableArray<GroupModel> Groups);

using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>The catalog and the cross-file findings found while building it.</summary>
public sealed record CatalogResult(CatalogModel Catalog, EquatableArray<CatalogIssue> Issues);

using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>One category, ready to emit; its texts are indexed by project locale.</summary>
public sealed record CategoryModel(string Name, int From, int To, EquatableArray<string> Titles, EquatableArray<string> Descriptions, LocalizedText Title);

using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>One tag, ready to emit: its titles indexed by project locale, and the codes that carry it in code order.</summary>
public sealed record TagModel(string Name, EquatableArray<string> Titles, LocalizedText Title, EquatableArray<int> Codes);

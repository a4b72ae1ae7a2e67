namespace StatusCodes.Definitions.Catalog;

/// <summary>A set in a group: its key, its type, and the set codes it does not define resolve through.</summary>
public sealed record GroupEntryModel(string Key, string SetType, string? FallbackSetType);

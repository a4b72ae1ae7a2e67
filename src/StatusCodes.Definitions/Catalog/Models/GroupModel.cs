using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>A group lookup class (<c>{Name}Codes</c>) that finds a set by its key at run time.</summary>
public sealed record GroupModel(string Namespace, string Name, bool IsPublic, string LocaleNamespace, EquatableArray<GroupEntryModel> Entries);

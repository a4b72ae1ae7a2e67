using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>The locales of the whole project: the default first, then in order of appearance.</summary>
public sealed record LocalesModel(string Namespace, bool IsPublic, EquatableArray<string> Names)
{
    public string Default => Names[0];
}

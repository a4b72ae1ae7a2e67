using System.Collections.Immutable;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Generators.Caching;

/// <summary>
/// What the generator keeps across drivers in one process. A new driver's first run (each build in
/// the compiler server) starts with an empty incremental cache; with these, a build whose
/// definitions did not change reads each file once more and compares, but parses, merges and emits
/// nothing. Parse results are the same instances, so the catalog's key compares by reference, and so
/// do the emitters' models.
/// </summary>
internal static class GeneratorCaches
{
    /// <summary>8M characters (16 MB) of definition text or generated text, each.</summary>
    internal const long MaxCharacters = 8 * 1024 * 1024;

    /// <summary>Catalogs: they hold no text of their own beyond the parse results', so a count bounds them.</summary>
    internal const long MaxCatalogs = 16;

    public static readonly ProcessCache<ParseKey, DefinitionParseResult> ParseResults = new(MaxCharacters, static (key, _) => key.Text.Length);

    public static readonly ProcessCache<CatalogKey, CatalogResult> Catalogs = new(MaxCatalogs, static (_, _) => 1);

    public static readonly ProcessCache<(string HintName, object Model), string> Texts = new(MaxCharacters, static (_, text) => text.Length);

    /// <summary>Test and benchmark support: forgets everything, as a new process would.</summary>
    internal static void Clear()
    {
        ParseResults.Clear();
        Catalogs.Clear();
        Texts.Clear();
    }
}

/// <summary>Everything a parse result follows from.</summary>
internal sealed record ParseKey(string Path, string Text, bool IsBuiltIn, DefinitionLimits Limits);

/// <summary>Everything a catalog follows from.</summary>
internal sealed record CatalogKey(EquatableArray<DefinitionFileSpec> Files, CatalogOptions Options, BuiltInSelection BuiltInSets);

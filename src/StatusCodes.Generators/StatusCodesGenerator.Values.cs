using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;
using StatusCodes.Generators.Emitting;

namespace StatusCodes.Generators;

/// <summary>The values that travel between the steps: records with value equality, and no compiler object past the step that reads it.</summary>
public sealed partial class StatusCodesGenerator
{
    /// <summary>An AdditionalFiles item that is a definition file, and whether the package ships it.</summary>
    private sealed record DefinitionFile(AdditionalText Text, bool IsBuiltIn);

    private sealed record CatalogInput(CatalogOptions Options, BuiltInSelection BuiltInSets);

    private sealed record SetEmitInput(SetModel Set, EmitFeatures Features);

    private sealed record LocaleEmitInput(LocalesModel Locales, EmitFeatures Features);

    private sealed record GroupEmitInput(GroupModel Group, EmitFeatures Features);

    private sealed record FileSourceMaps(string Path, EquatableArray<SetSourceMap> SourceMaps);

    /// <summary>
    /// A value-type result carried as a reference: the driver's tables are generic in each step's
    /// value type, and the runtime shares their code among reference types only, so every value
    /// type a step produces costs a fresh compiler process some hundreds of JIT-compiled methods.
    /// </summary>
    private sealed record Boxed<T>(T Value);
}

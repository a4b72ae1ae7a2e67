using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Generators.Emitting;

namespace StatusCodes.Generators.Reuse;

/// <summary>
/// The ASP.NET Core registrations of a project that uses a referenced assembly's sets: generated in
/// the project's own namespace over the provider's types, since a shared library rarely references
/// ASP.NET Core. When the provider already has them public, its registrations serve, and generating
/// a second copy would make every call ambiguous through the imported namespace.
/// </summary>
internal static class ReusedAspNetCore
{
    public static ProblemDetailsModel? ProblemDetails(CatalogModel catalog, CompilationFacts facts, ProvidedSets provider)
    {
        if (ProblemDetailsEmitter.Plan(catalog, facts) is not { } model || provider.Find(ProblemDetailsEmitter.ExtensionsClass) is not null)
        {
            return null;
        }

        return model with { Sets = Rebase(model.Sets, provider), LocaleNamespace = provider.LocaleNamespace };
    }

    public static OpenApiModel? OpenApi(CatalogModel catalog, CompilationFacts facts, ProvidedSets provider)
    {
        if (OpenApiEmitter.Plan(catalog, facts) is not { } model || provider.Find(OpenApiEmitter.ExtensionsClass) is not null)
        {
            return null;
        }

        return model with
        {
            Sets = model.Sets.Select(s => new OpenApiSet(provider.NamespaceOf(s.Name) ?? s.Namespace, s.Name)).ToEquatableArray(),
            HttpSets = Rebase(model.HttpSets, provider),
            LocaleNamespace = provider.LocaleNamespace,
        };
    }

    /// <summary>The sets at the provider's namespaces, with whether the provider's sets have reference links.</summary>
    private static EquatableArray<ProblemDetailsSet> Rebase(EquatableArray<ProblemDetailsSet> sets, ProvidedSets provider)
        => sets.Select(s =>
        {
            var ns = provider.NamespaceOf(s.Name) ?? s.Namespace;
            var extensions = provider.Types.FirstOrDefault(t => t.Namespace == ns && t.Name == GeneratedTypeNames.ExtensionsClass(s.Name));
            return new ProblemDetailsSet(ns, s.Name, extensions?.HasReferences ?? false);
        }).ToEquatableArray();
}

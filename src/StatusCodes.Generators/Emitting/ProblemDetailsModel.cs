using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Emitting;

/// <summary>What <c>AddLocalizedProblemDetails</c> is generated from: where the locale types live and which sets hold HTTP codes.</summary>
/// <param name="Namespace">Where the problem details types go: the namespace of <c>StatusLocale</c> when the project generates it.</param>
/// <param name="IsPublic">Whether the locale types, and so these, are public.</param>
/// <param name="Sets">The sets that convert to <c>System.Net.HttpStatusCode</c>, in catalog order: the first that defines a code gives its texts.</param>
/// <param name="LocaleNamespace">The namespace of <c>StatusLocale</c> when it is not <paramref name="Namespace"/>: a referenced assembly's.</param>
internal sealed record ProblemDetailsModel(string Namespace, bool IsPublic, EquatableArray<ProblemDetailsSet> Sets, string? LocaleNamespace = null)
{
    public string LocaleTypesNamespace => LocaleNamespace ?? Namespace;
}

/// <summary>One set that holds HTTP status codes.</summary>
/// <param name="HasReferences">Whether its codes have reference links (a <c>GetReference</c> member), the source of <c>type</c>.</param>
internal sealed record ProblemDetailsSet(string Namespace, string Name, bool HasReferences);

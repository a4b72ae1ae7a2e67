using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Emitting;

/// <summary>What <c>AddLocalizedProblemDetails</c> is generated from: where the locale types live and which sets hold HTTP codes.</summary>
/// <param name="Namespace">The namespace of <c>StatusLocale</c>, where the problem details types go too.</param>
/// <param name="IsPublic">Whether the locale types, and so these, are public.</param>
/// <param name="Sets">The sets that convert to <c>System.Net.HttpStatusCode</c>, in catalog order: the first that defines a code gives its texts.</param>
internal sealed record ProblemDetailsModel(string Namespace, bool IsPublic, EquatableArray<ProblemDetailsSet> Sets);

/// <summary>One set that holds HTTP status codes.</summary>
/// <param name="HasReferences">Whether its codes have reference links (a <c>GetReference</c> member), the source of <c>type</c>.</param>
internal sealed record ProblemDetailsSet(string Namespace, string Name, bool HasReferences);

/// <summary>What <c>AddStatusCodesSchemas</c> is generated from.</summary>
/// <param name="Namespace">The namespace of <c>StatusLocale</c>, where the OpenAPI extensions go too.</param>
/// <param name="IsPublic">Whether the locale types, and so these, are public.</param>
/// <param name="Sets">Every generated enum, described wherever it appears in a document's schemas.</param>
/// <param name="HttpSets">The sets of HTTP codes, whose titles describe responses.</param>
internal sealed record OpenApiModel(string Namespace, bool IsPublic, EquatableArray<OpenApiSet> Sets, EquatableArray<ProblemDetailsSet> HttpSets);

/// <summary>One generated enum.</summary>
internal sealed record OpenApiSet(string Namespace, string Name);

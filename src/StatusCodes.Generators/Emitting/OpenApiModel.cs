using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Emitting;

/// <summary>What <c>AddStatusCodesSchemas</c> is generated from.</summary>
/// <param name="Namespace">Where the OpenAPI extensions go: the namespace of <c>StatusLocale</c> when the project generates it.</param>
/// <param name="IsPublic">Whether the locale types, and so these, are public.</param>
/// <param name="Sets">Every generated enum, described wherever it appears in a document's schemas.</param>
/// <param name="HttpSets">The sets of HTTP codes, whose titles describe responses.</param>
/// <param name="LocaleNamespace">The namespace of <c>StatusLocales</c> when it is not <paramref name="Namespace"/>: a referenced assembly's.</param>
internal sealed record OpenApiModel(string Namespace, bool IsPublic, EquatableArray<OpenApiSet> Sets, EquatableArray<ProblemDetailsSet> HttpSets, string? LocaleNamespace = null);

/// <summary>One generated enum.</summary>
internal sealed record OpenApiSet(string Namespace, string Name);

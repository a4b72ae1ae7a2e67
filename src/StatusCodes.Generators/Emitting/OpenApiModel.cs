using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Emitting;

/// <summary>What <c>AddStatusCodesSchemas</c> is generated from.</summary>
/// <param name="Namespace">The namespace of <c>StatusLocale</c>, where the OpenAPI extensions go too.</param>
/// <param name="IsPublic">Whether the locale types, and so these, are public.</param>
/// <param name="Sets">Every generated enum, described wherever it appears in a document's schemas.</param>
/// <param name="HttpSets">The sets of HTTP codes, whose titles describe responses.</param>
internal sealed record OpenApiModel(string Namespace, bool IsPublic, EquatableArray<OpenApiSet> Sets, EquatableArray<ProblemDetailsSet> HttpSets);

/// <summary>One generated enum.</summary>
internal sealed record OpenApiSet(string Namespace, string Name);

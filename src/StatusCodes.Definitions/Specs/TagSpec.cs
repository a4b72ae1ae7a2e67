namespace StatusCodes.Definitions.Specs;

/// <summary>
/// A tag of a set (<c>tags: [{ name: Retryable, title: ... }]</c>): a named group of codes that a
/// range cannot describe. Codes join it with <c>tags: [Retryable]</c>.
/// </summary>
public sealed record TagSpec(string Name, LocalizedText Title);

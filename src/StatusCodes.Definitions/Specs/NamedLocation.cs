using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Definitions.Specs;

/// <summary>A name and where the definition file writes it.</summary>
public sealed record NamedLocation(string Name, SourceLocation Location);

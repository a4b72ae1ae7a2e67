using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Definitions.Specs;

/// <summary>Where a code of an extension is written: its number, and its name when it has one.</summary>
public sealed record CodeSourceMap(int Code, SourceLocation CodeLocation, SourceLocation? NameLocation);

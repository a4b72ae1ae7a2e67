using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// A finding that needs more than one file to see. It names the set, not a position, so it stays
/// equal when lines move; the position is looked up from the file's source maps when it is reported.
/// </summary>
/// <param name="Code">For the extension parts of <see cref="SetPart"/>: the code the finding is about.</param>
public sealed record CatalogIssue(DiagnosticDescriptorInfo Descriptor, string? Path, string? SetName, SetPart Part, EquatableArray<string> Arguments, int? Code = null);

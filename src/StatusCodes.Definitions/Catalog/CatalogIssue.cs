using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>Which part of a set's declaration a cross-file finding points at.</summary>
public enum AnchorPart
{
    Name,
    Key,
    Fallback,

    /// <summary>The value of an <c>extend:</c> entry.</summary>
    Extend,

    /// <summary>The number of a code in an <c>extend:</c> entry (<see cref="CatalogIssue.Code"/>).</summary>
    ExtensionCode,

    /// <summary>The name of a code in an <c>extend:</c> entry, else its number.</summary>
    ExtensionCodeName,
}

/// <summary>
/// A finding that needs more than one file to see. It names the set, not a position, so it stays
/// equal when lines move; the position is looked up from the file's anchors when it is reported.
/// </summary>
/// <param name="Code">For the extension parts of <see cref="AnchorPart"/>: the code the finding is about.</param>
public sealed record CatalogIssue(DiagnosticDescriptorInfo Descriptor, string? Path, string? SetName, AnchorPart Part, EquatableArray<string> Arguments, int? Code = null);

/// <summary>The catalog and the cross-file findings found while building it.</summary>
public sealed record CatalogResult(CatalogSpec Catalog, EquatableArray<CatalogIssue> Issues);

namespace StatusCodes.Definitions.Catalog;

/// <summary>Which part of a set's declaration a cross-file finding points at.</summary>
public enum SetPart
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

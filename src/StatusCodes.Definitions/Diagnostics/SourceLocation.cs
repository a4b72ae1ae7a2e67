using System;

namespace StatusCodes.Definitions.Diagnostics;

/// <summary>
/// A span in a definition file. Lines and columns are zero-based (as in the compiler's
/// <c>LinePosition</c>); <see cref="ToString"/> shows them one-based, as editors do.
/// </summary>
public sealed record SourceLocation(
    string Path,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    int StartIndex,
    int EndIndex)
{
    /// <summary>A location that names the file only, for findings about the whole file.</summary>
    public static SourceLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public override string ToString() => $"{Path}({StartLine + 1},{StartColumn + 1})";

    public int Length => Math.Max(0, EndIndex - StartIndex);
}

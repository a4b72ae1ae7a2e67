using System.Collections.Generic;

namespace StatusCodes.Tool.Docs;

/// <summary>What one generated page shows: one set, every text already resolved in one locale.</summary>
internal sealed record SetDocument(
    string SetName,
    string Locale,
    string SourceFile,
    string Summary,
    IReadOnlyList<CodeRow> Codes,
    IReadOnlyList<CategoryRow> Categories);

internal sealed record CodeRow(int Code, string Name, string Title, string Description, string? Reference, string? Deprecated, IReadOnlyList<string> Aliases);

internal sealed record CategoryRow(int From, int To, string Name, string Title, string Description);

using System.Collections.Generic;

namespace StatusCodes.Tool.Import.Interpreting;

/// <summary>What a document says, in the shape of the schema, with every text in one locale.</summary>
internal sealed record ImportedDocument(string Locale, string? Group, IReadOnlyList<ImportedSet> Sets)
{
    public int CodeCount
    {
        get
        {
            var count = 0;
            foreach (var set in Sets)
            {
                count += set.Codes.Count;
            }

            return count;
        }
    }
}

/// <param name="Key">The protocol, for sets read from a table with a protocol column; else null.</param>
internal sealed record ImportedSet(string Name, string? Key, string? Summary, IReadOnlyList<ImportedCategory> Categories, IReadOnlyList<ImportedCode> Codes);

internal sealed record ImportedCategory(string Name, int From, int To, string Title, string? Description);

/// <param name="Reason">The English reason phrase when the document has one; else null (the parser derives it).</param>
/// <param name="Description">Null when the document gives only a title; a merge then leaves the file's description alone.</param>
internal sealed record ImportedCode(int Code, string Name, string? Reason, string Title, string? Description, string? Reference);

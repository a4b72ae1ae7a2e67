namespace StatusCodes.Tool.Import.Interpreting;

/// <summary>What a column of an imported table holds.</summary>
internal enum ColumnRole
{
    /// <summary>Nothing the definitions use.</summary>
    Ignore,

    /// <summary>The protocol a code belongs to (one set per protocol); may be left empty on continuation rows.</summary>
    Protocol,

    /// <summary>The numeric code.</summary>
    Code,

    /// <summary>The member name, as in generated docs.</summary>
    Name,

    /// <summary>The English reason phrase ("Not Found"): the source of names and reasons.</summary>
    Phrase,

    /// <summary>A short title in the document's locale.</summary>
    Title,

    /// <summary>A longer description in the document's locale.</summary>
    Description,

    /// <summary>The only text column: its first sentence becomes the title, the whole text the description.</summary>
    Text,

    /// <summary>A range of codes such as 100–199: the table lists categories, not codes.</summary>
    Range,
}

namespace StatusCodes.Tool.Import.Reading;

/// <summary>A piece of a document in reading order: a heading, a paragraph or a table.</summary>
internal abstract record DocumentBlock(int Position);

internal sealed record HeadingBlock(int Position, int Level, string Text) : DocumentBlock(Position);

internal sealed record ParagraphBlock(int Position, string Text) : DocumentBlock(Position);

internal sealed record TableBlock(int Position, SourceTable Table) : DocumentBlock(Position);

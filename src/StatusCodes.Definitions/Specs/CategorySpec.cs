namespace StatusCodes.Definitions.Specs;

/// <summary>An inclusive range of codes with a name and titles.</summary>
public sealed record CategorySpec(string Name, int From, int To, LocalizedText Title, LocalizedText Description);

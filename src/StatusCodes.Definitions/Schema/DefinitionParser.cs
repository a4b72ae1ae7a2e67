using System.Collections.Generic;
using System.Threading;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

/// <summary>
/// Reads one definition file (schema version 1) into a <see cref="DefinitionFileSpec"/> and located
/// findings. Never throws for any input: what it cannot use it reports, and it keeps every part of
/// the file that is still sound, so one mistake does not hide the rest of the file.
/// </summary>
public static class DefinitionParser
{
    public static DefinitionParseResult Parse(string path, string text, DefinitionLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var reader = new DefinitionFileReader(path, limits ?? DefinitionLimits.Default, cancellationToken);
        var spec = reader.ParseFile(text);
        return new DefinitionParseResult(spec, reader.Diagnostics.ToEquatableArray(), reader.SourceMaps.ToEquatableArray());
    }

    /// <summary>The location of the character at <paramref name="index"/> of <paramref name="text"/>, for findings made outside the parser.</summary>
    public static SourceLocation Locate(string path, string text, int index)
        => new DefinitionFileReader(path, DefinitionLimits.Default, CancellationToken.None).Locate(text, index);

    /// <summary>
    /// The look-alike characters in YAML syntax that <see cref="Parse"/> reports as SCG0010, with the
    /// ASCII character each stands for: what <c>statuscodes lint --fix</c> replaces.
    /// </summary>
    public static IReadOnlyList<SyntaxCharacter> FindSyntaxCharacters(string text)
        => new DefinitionFileReader("fix.codes.yaml", DefinitionLimits.Default, CancellationToken.None).FindSyntaxCharacters(text);
}

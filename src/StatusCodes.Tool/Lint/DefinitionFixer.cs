using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Schema;
using StatusCodes.Tool.Inputs;
using StatusCodes.Tool.Output;

namespace StatusCodes.Tool.Lint;

/// <summary>What <c>lint --fix</c> did to one file; <see cref="Problem"/> when it could not.</summary>
internal sealed record FixResult(bool Written, IReadOnlyList<string> Changes, string? Problem);

/// <summary>
/// <c>statuscodes lint --fix</c>: saves a definition file as UTF-8 and replaces the look-alike
/// characters that stand for YAML syntax (SCG0010) with ASCII. Only the characters the parser
/// reports are touched, and it reports none inside texts, so every title and description stays
/// exactly as it was. A tab in indentation is left alone: how many spaces it stands for depends on
/// the editor that wrote it.
/// </summary>
internal static class DefinitionFixer
{
    /// <summary>Replacing one character can make the next one readable as syntax (a colon, then the flow mapping after it).</summary>
    private const int MaxRounds = 8;

    public static FixResult Fix(string path, string? encoding)
    {
        var file = TextFile.Read(path, encoding);
        var source = file.Source!;
        if (!source.Certain)
        {
            return new FixResult(false, new List<string>(), "'" + path + "' is not UTF-8 and its encoding is not clear; name it with --encoding (" + string.Join(", ", EncodingDetector.Known.Keys) + ")");
        }

        if (source.Name == EncodingDetector.BrokenUtf8Name)
        {
            return new FixResult(false, new List<string>(), "'" + path + "' is UTF-8 with bytes that are no character; no encoding recovers them, so retype the texts SCG0009 points at");
        }

        var changes = new List<string>();
        var reencode = source.Name != "UTF-8";
        if (reencode)
        {
            changes.Add("saved as UTF-8 (it was " + source.Name + (source.HasByteOrderMark ? " with a byte order mark" : string.Empty) + ")");
        }

        var text = file.Text;
        for (var round = 0; round < MaxRounds; round++)
        {
            var found = DefinitionParser.FindSyntaxCharacters(text).Where(c => c.Replacement is not null).ToList();
            if (found.Count == 0)
            {
                break;
            }

            var builder = new StringBuilder(text.Length + found.Count);
            var next = 0;
            foreach (var character in found.OrderBy(c => c.Index))
            {
                builder.Append(text, next, character.Index - next);
                var replacement = character.Replacement!.Value.ToString();

                // 'title：{' reads as one scalar even with an ASCII colon; YAML needs a space after a key's colon.
                var after = character.Index + 1 < text.Length ? text[character.Index + 1] : '\n';
                if (replacement == ":" && after is not (' ' or '\t' or '\r' or '\n') && !found.Any(c => c.Index == character.Index + 1 && c.Replacement == ' '))
                {
                    replacement = ": ";
                }

                builder.Append(replacement);
                next = character.Index + 1;
                changes.Add(DefinitionParser.Locate(path, text, character.Index) + ": " + CharacterNames.Quote(character.Character) + " → '" + replacement + "'");
            }

            builder.Append(text, next, text.Length - next);
            text = builder.ToString();
        }

        if (changes.Count == 0)
        {
            return new FixResult(false, changes, null);
        }

        AtomicFile.WriteAllText(path, text, new UTF8Encoding(file.HasByteOrderMark));
        return new FixResult(true, changes, null);
    }
}

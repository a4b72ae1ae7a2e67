using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    /// <summary>
    /// Full-width and look-alike characters where YAML needs ASCII syntax. They explain the
    /// findings that follow from them (an unknown key 'title： { zh-CN', a list that is a text),
    /// so when there are any the file is not read further. When the YAML could not be read, only
    /// those up to the line after the one where reading stopped are reported (the reader often stops
    /// on the token before the culprit); further on, what is a text is unknown.
    /// </summary>
    private bool ReportSyntaxCharacters(YamlNode? root)
    {
        var findings = SyntaxCharactersToReport(root).Select(character => DiagnosticInfo.Create(
            DefinitionDiagnostics.LookAlikeSyntax,
            At(character.Index),
            CharacterNames.Quote(character.Character),
            character.Where,
            character.Needs,
            character.Fix)).ToList();
        Diagnostics.InsertRange(0, findings);
        return findings.Count > 0;
    }

    public List<SyntaxCharacter> SyntaxCharactersToReport(YamlNode? root)
    {
        var found = SyntaxCharacterScanner.Scan(_text);
        var kept = new List<SyntaxCharacter>();
        if (found.Count == 0)
        {
            return kept;
        }

        var texts = new List<(int Start, int End)>();
        if (root is not null)
        {
            CollectTextSpans(root, texts);
        }

        var readUpTo = int.MaxValue;
        if (root is null && Diagnostics.Count > 0 && Diagnostics[0].Location is { } stop)
        {
            var line = LineStarts();
            readUpTo = stop.StartLine + 2 < line.Count ? line[stop.StartLine + 2] : int.MaxValue;
        }

        foreach (var character in found)
        {
            // An invisible character that turned the quote after it into text starts that text: it is kept.
            if (character.Index < readUpTo && !texts.Any(t => character.Index >= t.Start && character.Index < t.End && !(character.Index == t.Start && character.Replacement is null && Confusables.IsInvisible(character.Character))))
            {
                kept.Add(character);
            }
        }

        return kept;
    }

    /// <summary>What <see cref="DefinitionParser.FindSyntaxCharacters"/> answers.</summary>
    public List<SyntaxCharacter> FindSyntaxCharacters(string text)
    {
        _text = text;
        var root = new YamlTreeReader(_path, _limits, Diagnostics, _cancellationToken).Read(text);
        return SyntaxCharactersToReport(root);
    }

    private static void CollectTextSpans(YamlNode node, List<(int Start, int End)> spans)
    {
        if (node.Kind == YamlNodeKind.Sequence)
        {
            foreach (var item in node.Items)
            {
                CollectTextSpans(item, spans);
            }
        }
        else if (node.Kind == YamlNodeKind.Mapping)
        {
            foreach (var entry in node.Entries)
            {
                if (entry.Key.Value is { } key && SchemaKeys.Text.Contains(key))
                {
                    CollectValueSpans(entry.Value, spans);
                }
                else
                {
                    CollectTextSpans(entry.Value, spans);
                }
            }
        }
    }

    private static void CollectValueSpans(YamlNode node, List<(int Start, int End)> spans)
    {
        switch (node.Kind)
        {
            case YamlNodeKind.Scalar:
                var location = node.Location;
                spans.Add((location.StartIndex, location.EndIndex));
                break;
            case YamlNodeKind.Mapping:
                foreach (var entry in node.Entries)
                {
                    CollectValueSpans(entry.Value, spans);
                }

                break;
            default:
                foreach (var item in node.Items)
                {
                    CollectValueSpans(item, spans);
                }

                break;
        }
    }

    /// <summary>
    /// An invisible character, another space or a letter of a look-alike script in a name: C#
    /// accepts most of them, and the name then differs from the one it shows.
    /// </summary>
    private bool HasHiddenCharacter(string name, YamlNode node, string role)
    {
        var index = Confusables.FindInName(name, out var clean);
        if (index < 0)
        {
            return false;
        }

        var c = name[index];
        role = role.StartsWith("a ", StringComparison.Ordinal) ? role.Substring(2) : role.StartsWith("an ", StringComparison.Ordinal) ? role.Substring(3) : role;
        var why = Confusables.IsInvisible(c)
            ? "an invisible character, so the name is not the '" + clean + "' it shows"
            : Confusables.IsOtherSpace(c)
                ? "a space that is not the ASCII space"
                : c is >= '\uFF01' and <= '\uFF5E'
                ? "a full-width character, which looks like the ASCII '" + (char)(c - 0xFEE0) + "' but is another character"
                : "a letter of another script among Latin letters" + (Confusables.LatinLookAlike(c) is { } lookAlike ? ", which looks like the Latin '" + lookAlike.Latin + "'" : string.Empty);
        Report(DefinitionDiagnostics.HiddenCharacterInName, CharacterLocation(node, c), role, Visible(name), CharacterNames.Name(c), why, Visible(clean));
        return true;
    }

    /// <summary>A name as a message can show it: invisible characters as \uXXXX.</summary>
    private static string Visible(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (Confusables.IsInvisible(c) || Confusables.IsOtherSpace(c) || char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Where <paramref name="c"/> is written inside <paramref name="node"/>; the node's start when it is written as an escape.</summary>
    private SourceLocation CharacterLocation(YamlNode node, char c)
    {
        var location = node.Location;
        var end = Math.Min(location.EndIndex, _text.Length);
        for (var i = location.StartIndex; i < end; i++)
        {
            if (_text[i] == c)
            {
                return At(i);
            }
        }

        return location;
    }
}

using System.Collections.Generic;

namespace StatusCodes.Definitions.Characters;

/// <summary>A character that stands where YAML syntax needs an ASCII one.</summary>
/// <param name="Index">Where it is in the text.</param>
/// <param name="Where">Where it stands, as the message says it: "after a key".</param>
/// <param name="Needs">What YAML needs there: "the ASCII colon ':'".</param>
/// <param name="Replacement">The ASCII character that does that job; null when no single character does (a tab in indentation).</param>
public sealed record SyntaxCharacter(int Index, char Character, string Where, string Needs, char? Replacement)
{
    /// <summary>The fix as the message says it.</summary>
    public string Fix => Replacement is { } c ? "'" + c + "'" : Character == '\t' ? "spaces" : "nothing (delete it)";
}

/// <summary>
/// Finds full-width and look-alike characters (<c>：，［］｛｝－</c>, ideographic and no-break
/// spaces, tabs in indentation) where YAML needs ASCII syntax, line by line and without the YAML
/// parser, because such a character often makes the file unreadable as YAML or changes what it
/// means without an error. What looks like a value (plain, quoted, block or continued over lines)
/// and comments are not looked into: there these characters are text. The caller removes findings
/// inside text values when the file could be read, so a title that starts with <c>［</c> stays
/// as it is.
/// </summary>
public static partial class SyntaxCharacterScanner
{
    private enum Flow
    {
        Mapping,
        Sequence,
    }

    private sealed class FlowLevel
    {
        public FlowLevel(Flow kind) => Kind = kind;

        public Flow Kind { get; }

        /// <summary>In a flow mapping, after the entry's ':'.</summary>
        public bool InValue { get; set; }
    }

    public static List<SyntaxCharacter> Scan(string text)
    {
        var scanner = new State(text);
        scanner.Run();
        return scanner.Findings;
    }

    public static bool IsColonLookAlike(char c) => c is '\uFF1A' or '\uFE55' or '\u2236';

    public static bool IsCommaLookAlike(char c) => c is '\uFF0C' or '\u3001' or '\uFE50' or '\uFE51';

    public static bool IsDashLookAlike(char c) => c is '\uFF0D' or (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE63' or '\u30FC';

    private static bool IsSpaceLookAlike(char c) => c is '\u3000' or '\u00A0' or '\u202F' or (>= '\u2000' and <= '\u200A');

    private sealed partial class State
    {
        private readonly string _text;
        private readonly List<FlowLevel> _flow = new();
        private int? _blockScalarIndent;
        private int? _continuationIndent;
        private char? _openQuote;

        public State(string text) => _text = text;

        public List<SyntaxCharacter> Findings { get; } = new();

        public void Run()
        {
            var start = 0;
            while (start <= _text.Length)
            {
                var end = start;
                while (end < _text.Length && _text[end] is not ('\n' or '\r'))
                {
                    end++;
                }

                Line(start, end);
                if (end >= _text.Length)
                {
                    break;
                }

                start = end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
            }
        }

        private void Add(int index, string where, string needs, char? replacement)
            => Findings.Add(new SyntaxCharacter(index, _text[index], where, needs, replacement));
    }
}

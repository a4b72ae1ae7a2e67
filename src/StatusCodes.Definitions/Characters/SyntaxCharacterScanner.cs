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
public static class SyntaxCharacterScanner
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

    private sealed class State
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

        private void Line(int start, int end)
        {
            var p = start;
            if (_openQuote is { } quote)
            {
                p = SkipQuoted(quote, start, end);
                if (p < 0)
                {
                    return;
                }

                AfterScalar(p, end);
                return;
            }

            var spaces = 0;
            while (start + spaces < end && _text[start + spaces] == ' ')
            {
                spaces++;
            }

            var first = start;
            while (first < end && (_text[first] is ' ' or '\t' || IsSpaceLookAlike(_text[first])))
            {
                first++;
            }

            var blank = first == end || _text[first] == '#';
            if (_blockScalarIndent is { } blockIndent)
            {
                if (blank || spaces > blockIndent)
                {
                    return;
                }

                _blockScalarIndent = null;
            }

            if (_continuationIndent is { } continuation)
            {
                if (_flow.Count == 0 && (blank || spaces > continuation))
                {
                    return;
                }

                _continuationIndent = null;
            }

            if (_flow.Count > 0)
            {
                for (var i = start; i < first; i++)
                {
                    if (IsSpaceLookAlike(_text[i]))
                    {
                        Add(i, "between the items of a flow collection", "an ASCII space", ' ');
                        break;
                    }
                }

                FlowScan(first, end);
                return;
            }

            if (blank)
            {
                return;
            }

            for (var i = start; i < first; i++)
            {
                var c = _text[i];
                if (c == '\t')
                {
                    Add(i, "in the indentation", "spaces (tabs are not allowed in indentation)", null);
                    break;
                }

                if (IsSpaceLookAlike(c))
                {
                    Add(i, "in the indentation", "ASCII spaces", ' ');
                    break;
                }
            }

            p = first;
            if (IsDocumentMarker(p, end))
            {
                return;
            }

            // Sequence entries: "- ", possibly nested ("- - "), or a look-alike dash.
            while (p < end)
            {
                var c = _text[p];
                var next = p + 1 < end ? _text[p + 1] : '\n';
                var dash = c == '-' || IsDashLookAlike(c);
                if (!dash || !(next is ' ' or '\t' or '\n' || IsSpaceLookAlike(next)))
                {
                    break;
                }

                if (c != '-')
                {
                    Add(p, "at the start of a list item", "the ASCII dash '-'", '-');
                }

                if (IsSpaceLookAlike(next))
                {
                    Add(p + 1, "after a list dash", "an ASCII space", ' ');
                }

                p++;
                while (p < end && (_text[p] is ' ' or '\t' || IsSpaceLookAlike(_text[p])))
                {
                    p++;
                }
            }

            if (p < end)
            {
                Node(p, end, keyColumn: p - start);
            }
        }

        /// <summary>A node at the start of a line or after a list dash: a key, a scalar or a collection.</summary>
        private void Node(int p, int end, int keyColumn)
        {
            var c = _text[p];
            if (c == '#')
            {
                return;
            }

            if (c is '"' or '\'')
            {
                var after = SkipQuoted(c, p + 1, end);
                if (after < 0)
                {
                    return;
                }

                var q = after;
                while (q < end && _text[q] is ' ' or '\t')
                {
                    q++;
                }

                if (q < end && (_text[q] == ':' || IsColonLookAlike(_text[q])))
                {
                    if (_text[q] != ':')
                    {
                        Add(q, "after a key", "the ASCII colon ':'", ':');
                    }

                    Value(q + 1, end, keyColumn);
                }

                return;
            }

            if (c is '{' or '[' || IsOpenerInSyntax(p, end))
            {
                FlowScan(p, end);
                return;
            }

            // A plain key (up to ': ') or a plain scalar.
            for (var i = p; i < end; i++)
            {
                var k = _text[i];
                var next = i + 1 < end ? _text[i + 1] : '\n';
                if (k == '#' && i > p && _text[i - 1] is ' ' or '\t')
                {
                    break;
                }

                if (k == ':' && (next is ' ' or '\t' or '\n'))
                {
                    Value(i + 1, end, keyColumn);
                    return;
                }

                if (k == ':' && IsSpaceLookAlike(next))
                {
                    Value(i + 1, end, keyColumn);
                    return;
                }

                if (IsColonLookAlike(k))
                {
                    Add(i, "after a key", "the ASCII colon ':'", ':');
                    Value(i + 1, end, keyColumn);
                    return;
                }
            }

            _continuationIndent = keyColumn;
        }

        /// <summary>What follows a key's colon.</summary>
        private void Value(int p, int end, int keyColumn)
        {
            if (p < end && IsSpaceLookAlike(_text[p]))
            {
                Add(p, "after a colon", "an ASCII space", ' ');
            }

            while (p < end && (_text[p] is ' ' or '\t' || IsSpaceLookAlike(_text[p])))
            {
                p++;
            }

            if (p >= end || _text[p] == '#')
            {
                return;
            }

            if (InvisibleBeforeSyntax(p, end))
            {
                p++;
            }

            var c = _text[p];
            if (c is '|' or '>')
            {
                _blockScalarIndent = keyColumn;
                return;
            }

            if (c is '"' or '\'')
            {
                var after = SkipQuoted(c, p + 1, end);
                if (after >= 0)
                {
                    AfterScalar(after, end);
                }

                return;
            }

            if (c is '{' or '[' || IsOpenerInSyntax(p, end))
            {
                FlowScan(p, end);
                return;
            }

            _continuationIndent = keyColumn;
        }

        /// <summary>
        /// An invisible character (a stray byte order mark, a zero-width space) just before a quote,
        /// a bracket or a block indicator: YAML then reads the quote or bracket as text.
        /// </summary>
        private bool InvisibleBeforeSyntax(int p, int end)
        {
            if (p + 1 >= end || !Confusables.IsInvisible(_text[p]) || _text[p + 1] is not ('"' or '\'' or '{' or '[' or '|' or '>'))
            {
                return false;
            }

            Add(p, "before the " + (_text[p + 1] is '"' or '\'' ? "quote" : _text[p + 1] is '{' or '[' ? "bracket" : "block indicator") + " that starts a value", "nothing: the value must start with it", null);
            return true;
        }

        /// <summary>
        /// A full-width '｛' or '［' that opens what reads as a collection: the line ends with its
        /// closer, and what is inside has a colon (a mapping) or a comma or only ASCII (a list).
        /// '［注意］卡片遭拒' does not; '［en-US, zh-TW］' does.
        /// </summary>
        private bool IsOpenerInSyntax(int p, int end)
        {
            var c = _text[p];
            if (c is not ('\uFF5B' or '\uFF3B' or '\u3010'))
            {
                return false;
            }

            var last = end - 1;
            var comment = IndexOfComment(p, end);
            if (comment >= 0)
            {
                last = comment - 1;
            }

            while (last > p && _text[last] is ' ' or '\t')
            {
                last--;
            }

            var closer = _text[last];
            var mapping = c == '\uFF5B';
            if (mapping ? closer is not ('}' or '\uFF5D') : closer is not (']' or '\uFF3D' or '\u3011'))
            {
                return false;
            }

            var ascii = true;
            for (var i = p + 1; i < last; i++)
            {
                var k = _text[i];
                if (mapping ? k == ':' || IsColonLookAlike(k) : k == ',' || IsCommaLookAlike(k))
                {
                    return true;
                }

                ascii &= k < 0x80;
            }

            return !mapping && ascii;
        }

        private int IndexOfComment(int p, int end)
        {
            for (var i = p + 1; i < end; i++)
            {
                if (_text[i] == '#' && _text[i - 1] is ' ' or '\t')
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Inside <c>{ … }</c> and <c>[ … ]</c>, which may go on over lines.</summary>
        private void FlowScan(int p, int end)
        {
            var atTokenStart = true;
            for (var i = p; i < end; i++)
            {
                var c = _text[i];
                var top = _flow.Count > 0 ? _flow[_flow.Count - 1] : null;
                switch (c)
                {
                    case '{':
                    case '[':
                        _flow.Add(new FlowLevel(c == '{' ? Flow.Mapping : Flow.Sequence));
                        atTokenStart = true;
                        continue;
                    case '}':
                    case ']':
                        if (_flow.Count > 0)
                        {
                            _flow.RemoveAt(_flow.Count - 1);
                        }

                        if (_flow.Count == 0)
                        {
                            AfterScalar(i + 1, end);
                            return;
                        }

                        atTokenStart = false;
                        continue;
                    case ',':
                        if (top is not null)
                        {
                            top.InValue = false;
                        }

                        atTokenStart = true;
                        continue;
                    case ':' when top is { Kind: Flow.Mapping, InValue: false } && (i + 1 >= end || _text[i + 1] is ' ' or '\t' or ',' or '}' or ']' || IsSpaceLookAlike(_text[i + 1])):
                        top.InValue = true;
                        atTokenStart = true;
                        continue;
                    case ' ':
                    case '\t':
                        continue;
                    case '#' when i > p && _text[i - 1] is ' ' or '\t':
                        return;
                    case '"':
                    case '\'':
                        if (atTokenStart)
                        {
                            var after = SkipQuoted(c, i + 1, end);
                            if (after < 0)
                            {
                                return;
                            }

                            i = after - 1;
                            atTokenStart = false;
                            continue;
                        }

                        break;
                }

                if (top is null)
                {
                    // A full-width opener that IsOpenerInSyntax accepted.
                    Add(i, c == '\uFF5B' ? "where a mapping opens" : "where a list opens", c == '\uFF5B' ? "the ASCII brace '{'" : "the ASCII bracket '['", c == '\uFF5B' ? '{' : '[');
                    _flow.Add(new FlowLevel(c == '\uFF5B' ? Flow.Mapping : Flow.Sequence));
                    atTokenStart = true;
                    continue;
                }

                if (atTokenStart && InvisibleBeforeSyntax(i, end))
                {
                    continue;
                }

                if (IsSpaceLookAlike(c) && atTokenStart)
                {
                    Add(i, "between the items of a flow collection", "an ASCII space", ' ');
                    continue;
                }

                if (IsCommaLookAlike(c) && (top.Kind == Flow.Sequence || !top.InValue || KeyFollows(i + 1, end)))
                {
                    Add(i, "between the items of a flow collection", "the ASCII comma ','", ',');
                    top.InValue = false;
                    atTokenStart = true;
                    continue;
                }

                if (IsColonLookAlike(c) && top.Kind == Flow.Mapping && !top.InValue)
                {
                    Add(i, "after a key", "the ASCII colon ':'", ':');
                    top.InValue = true;
                    atTokenStart = true;
                    continue;
                }

                if (c is '\uFF5D' or '\uFF3D' or '\u3011' && ClosesHere(i + 1, end))
                {
                    var brace = c == '\uFF5D';
                    Add(i, brace ? "where a mapping closes" : "where a list closes", brace ? "the ASCII brace '}'" : "the ASCII bracket ']'", brace ? '}' : ']');
                    _flow.RemoveAt(_flow.Count - 1);
                    if (_flow.Count == 0)
                    {
                        AfterScalar(i + 1, end);
                        return;
                    }

                    continue;
                }

                if (c is '\uFF5B' or '\uFF3B' && atTokenStart && (top.Kind == Flow.Sequence || top.InValue))
                {
                    var brace = c == '\uFF5B';
                    Add(i, brace ? "where a mapping opens" : "where a list opens", brace ? "the ASCII brace '{'" : "the ASCII bracket '['", brace ? '{' : '[');
                    _flow.Add(new FlowLevel(brace ? Flow.Mapping : Flow.Sequence));
                    continue;
                }

                atTokenStart = false;
            }
        }

        /// <summary>After a full-width comma in a flow mapping's value: does a key (<c>zh-TW:</c>) follow?</summary>
        private bool KeyFollows(int p, int end)
        {
            while (p < end && (_text[p] is ' ' or '\t' || IsSpaceLookAlike(_text[p])))
            {
                p++;
            }

            var start = p;
            while (p < end && _text[p] is not (',' or '}' or ']' or ':' or ' ') && !IsColonLookAlike(_text[p]) && !IsCommaLookAlike(_text[p]))
            {
                p++;
            }

            return p > start && p < end && (_text[p] == ':' || IsColonLookAlike(_text[p]));
        }

        /// <summary>After a full-width closer: only closers, commas, spaces or a comment until the line ends.</summary>
        private bool ClosesHere(int p, int end)
        {
            for (; p < end; p++)
            {
                var c = _text[p];
                if (c == '#' && _text[p - 1] is ' ' or '\t')
                {
                    return true;
                }

                if (!(c is ' ' or '\t' or ',' or '}' or ']' or '\uFF5D' or '\uFF3D' or '\u3011' || IsCommaLookAlike(c)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>After a quoted scalar or a flow collection ends: only flow syntax of an enclosing collection matters.</summary>
        private void AfterScalar(int p, int end)
        {
            if (_flow.Count > 0)
            {
                FlowScan(p, end);
            }
        }

        /// <summary>The index after the closing quote, or -1 when the scalar goes on to the next line.</summary>
        private int SkipQuoted(char quote, int p, int end)
        {
            for (var i = p; i < end; i++)
            {
                var c = _text[i];
                if (quote == '"' && c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == quote)
                {
                    if (quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }

                    _openQuote = null;
                    return i + 1;
                }
            }

            _openQuote = quote;
            return -1;
        }

        private bool IsDocumentMarker(int p, int end)
            => end - p >= 3 && (string.CompareOrdinal(_text, p, "---", 0, 3) == 0 || string.CompareOrdinal(_text, p, "...", 0, 3) == 0)
               && (end - p == 3 || _text[p + 3] is ' ' or '\t');

        private void Add(int index, string where, string needs, char? replacement)
            => Findings.Add(new SyntaxCharacter(index, _text[index], where, needs, replacement));
    }
}

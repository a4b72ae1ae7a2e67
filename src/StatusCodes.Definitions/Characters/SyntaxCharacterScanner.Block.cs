using System.Collections.Generic;

namespace StatusCodes.Definitions.Characters;

/// <summary>The block context of the scan: a line, its key, its value, and where a comment starts.</summary>
public static partial class SyntaxCharacterScanner
{
    private sealed partial class State
    {
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

        private bool IsDocumentMarker(int p, int end)
            => end - p >= 3 && (string.CompareOrdinal(_text, p, "---", 0, 3) == 0 || string.CompareOrdinal(_text, p, "...", 0, 3) == 0)
               && (end - p == 3 || _text[p + 3] is ' ' or '\t');
    }
}

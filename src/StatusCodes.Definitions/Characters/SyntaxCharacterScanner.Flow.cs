using System.Collections.Generic;

namespace StatusCodes.Definitions.Characters;

/// <summary>The flow context of the scan: <c>{ }</c> and <c>[ ]</c> collections, their entries and quoted scalars.</summary>
public static partial class SyntaxCharacterScanner
{
    private sealed partial class State
    {
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
    }
}

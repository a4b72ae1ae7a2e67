using System;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Reads Markdown inline text (a table cell, a heading) down to its plain text: backslash escapes
/// resolved, links and images reduced to their text (the first link target is kept), code spans
/// unwrapped, strong and strikethrough markers dropped, inline HTML tags removed (<c>&lt;br&gt;</c>
/// becomes a line break) and entities decoded.
/// </summary>
internal static partial class MarkdownInline
{
    public static SourceCell Clean(string markdown)
    {
        string? link = null;
        var text = Render(markdown, ref link);
        return new SourceCell(TextCleanup.Normalize(text), link);
    }

    private static string Render(string s, ref string? link)
    {
        var builder = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length && IsAsciiPunctuation(s[i + 1]))
            {
                builder.Append(s[i + 1]);
                i += 2;
            }
            else if (c == '`')
            {
                var run = CountRun(s, i, '`');
                var close = s.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                if (close < 0)
                {
                    builder.Append(s, i, run);
                    i += run;
                }
                else
                {
                    builder.Append(s, i + run, close - i - run);
                    i = close + run;
                }
            }
            else if ((c == '[' || (c == '!' && i + 1 < s.Length && s[i + 1] == '[')) && TryLink(s, c == '!' ? i + 1 : i, out var label, out var target, out var end))
            {
                link ??= target;
                builder.Append(Render(label, ref link));
                i = end;
            }
            else if (c == '<' && TryTag(s, i, out var tagEnd, out var replacement))
            {
                builder.Append(replacement);
                i = tagEnd;
            }
            else if (c == '&' && TryEntity(s, i, out var entityEnd, out var decoded))
            {
                builder.Append(decoded);
                i = entityEnd;
            }
            else if ((c == '*' || c == '~' || c == '_') && i + 1 < s.Length && s[i + 1] == c)
            {
                // ** and __ (strong) and ~~ (strikethrough): markers, not text.
                i += CountRun(s, i, c);
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>[label](target "title"), with balanced brackets in the label and escapes honoured.</summary>
    private static bool TryLink(string s, int open, out string label, out string target, out int end)
    {
        label = target = string.Empty;
        end = open;
        var depth = 0;
        var i = open;
        for (; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
                continue;
            }

            if (s[i] == '[')
            {
                depth++;
            }
            else if (s[i] == ']' && --depth == 0)
            {
                break;
            }
        }

        if (i >= s.Length - 1 || s[i + 1] != '(')
        {
            return false;
        }

        var close = s.IndexOf(')', i + 2);
        if (close < 0)
        {
            return false;
        }

        label = s.Substring(open + 1, i - open - 1);
        var inside = s.Substring(i + 2, close - i - 2).Trim();
        var space = inside.IndexOf(' ');
        target = (space < 0 ? inside : inside.Substring(0, space)).Trim('<', '>');
        end = close + 1;
        return true;
    }

    private static bool TryTag(string s, int i, out int end, out string replacement)
    {
        replacement = string.Empty;
        var match = TagPattern().Match(s, i);
        if (!match.Success || match.Index != i)
        {
            end = i;
            return false;
        }

        end = i + match.Length;
        var name = match.Groups["name"].Value;
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            replacement = TextCleanup.LineBreak.ToString();
        }
        else if (match.Groups["autolink"].Success)
        {
            replacement = match.Groups["autolink"].Value;
        }

        return true;
    }

    private static bool TryEntity(string s, int i, out int end, out string decoded)
    {
        var match = EntityPattern().Match(s, i);
        if (match.Success && match.Index == i)
        {
            decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded != match.Value)
            {
                end = i + match.Length;
                return true;
            }
        }

        end = i;
        decoded = string.Empty;
        return false;
    }

    private static int CountRun(string s, int i, char c)
    {
        var n = 0;
        while (i + n < s.Length && s[i + n] == c)
        {
            n++;
        }

        return n;
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    [GeneratedRegex(@"\G<(?:(?<autolink>https?://[^\s<>]+)|/?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();
}

using System.Globalization;
using System.Text;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Turns the text of a cell, heading or line into the plain text a definition file stores:
/// whitespace runs become one space, explicit line breaks (<c>&lt;br&gt;</c>) stay, and
/// characters a definition file cannot hold (control characters, lone surrogates) are dropped.
/// </summary>
internal static class TextCleanup
{
    /// <summary>Marks an explicit line break while the surrounding whitespace is still being collapsed.</summary>
    public const char LineBreak = '\u2028';

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == LineBreak)
            {
                // Spaces around a line break are layout, not text.
                pendingSpace = false;
                while (builder.Length > 0 && builder[builder.Length - 1] == ' ')
                {
                    builder.Length--;
                }

                builder.Append('\n');
                continue;
            }

            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                pendingSpace = builder.Length > 0 && builder[builder.Length - 1] != '\n';
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendPending(builder, ref pendingSpace);
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || c == '\uFEFF')
            {
                continue;
            }

            AppendPending(builder, ref pendingSpace);
            builder.Append(c);
        }

        return builder.ToString().Trim('\n', ' ');
    }

    /// <summary>
    /// Joins two pieces of one paragraph that the source broke across lines: with a space, except
    /// after or before CJK text, which is written without spaces.
    /// </summary>
    public static string JoinLines(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        return IsCjk(left[left.Length - 1]) || IsCjk(right[0]) ? left + right : left + " " + right;
    }

    public static bool IsCjk(char c)
        => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u3000' and <= '\u303F');

    public static bool TryParseCode(string text, out int code)
        => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code);

    private static void AppendPending(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }
}

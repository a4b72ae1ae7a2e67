using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusCodes.Tool.Import.Writing;

/// <summary>
/// Writes one string as a YAML scalar that reads back as exactly that string: plain when nothing
/// in it could mean something else to YAML, double-quoted (with escapes) otherwise.
/// </summary>
internal static partial class YamlScalar
{
    public static string Format(string value, bool flow = false) => NeedsQuotes(value, flow) ? DoubleQuoted(value) : value;

    public static bool NeedsQuotes(string value, bool flow)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return true;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')
            || value.StartsWith("...", StringComparison.Ordinal))
        {
            return true;
        }

        if (flow && value.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) >= 0)
        {
            return true;
        }

        foreach (var c in value)
        {
            if (MustEscape(c))
            {
                return true;
            }
        }

        // Words and numbers other YAML readers would take for null, booleans or numbers.
        return SpecialWord().IsMatch(value) || NumberLike().IsMatch(value);
    }

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (MustEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Characters YAML does not keep as they are: controls, NEL and the line and paragraph separators
    /// (line breaks to YAML), the BOM, and U+FFFE / U+FFFF (outside YAML's printable set).
    /// </summary>
    private static bool MustEscape(char c)
        => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u0085' or '\uFFFE' or '\uFFFF';

    [GeneratedRegex(@"^(?:~|null|true|false|yes|no|on|off|y|n)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialWord();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?)$")]
    private static partial Regex NumberLike();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusCodes.Generators.Emitting;

/// <summary>Identifiers, literals and documentation text as they must appear in generated C#.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// Contextual keywords of C# versions newer than the Roslyn the generator is built against. The
    /// host compiler may or may not know them; listing them keeps the output the same on every host.
    /// </summary>
    private static readonly HashSet<string> NewerContextualKeywords = new(StringComparer.Ordinal) { "allows", "extension", "field" };

    /// <summary>
    /// An identifier that compiles: keywords and contextual keywords get <c>@</c>. C# refuses or
    /// warns about types named <c>record</c>, <c>file</c>, <c>required</c>, <c>scoped</c> or
    /// <c>extension</c>, but not about <c>@record</c>.
    /// </summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None || NewerContextualKeywords.Contains(name)
            ? "@" + name
            : name;

    /// <summary>A whole number as C# writes it, in invariant digits (a code, a count, an index).</summary>
    public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>global::</c> plus the dotted namespace with each part escaped, plus the type name.</summary>
    public static string Global(string ns, string type) => "global::" + Namespace(ns) + "." + Identifier(type);

    public static string Namespace(string ns)
    {
        var parts = ns.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Identifier(parts[i]);
        }

        return string.Join(".", parts);
    }

    /// <summary>Converts a dotted full name (<c>A.B.Type</c>) to its <c>global::</c> form.</summary>
    public static string GlobalFullName(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return dot < 0 ? "global::" + Identifier(fullName) : Global(fullName.Substring(0, dot), fullName.Substring(dot + 1));
    }

    /// <summary>A string literal that reads back as exactly <paramref name="text"/>.</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for an XML documentation comment: markup escaped, characters XML cannot hold replaced
    /// by spaces, and line breaks folded, so the consumer's documentation file stays well formed.
    /// </summary>
    public static string XmlText(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>An XML attribute value (a link).</summary>
    public static string XmlAttribute(string text) => XmlText(text).Replace("\"", "&quot;");
}

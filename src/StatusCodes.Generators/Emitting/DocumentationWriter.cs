using System.Collections.Generic;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Generators.Emitting;

/// <summary>XML documentation comments: the default locale in the summary, the other locales in remarks.</summary>
internal static class DocumentationWriter
{
    /// <param name="escaped">False when <paramref name="text"/> is already XML (it holds <c>&lt;c&gt;</c> or <c>&lt;see&gt;</c>).</param>
    public static void Summary(SourceWriter writer, string text, bool escaped = true)
    {
        writer.Line("/// <summary>");
        writer.Line("/// " + (escaped ? CSharpNames.XmlText(text) : text));
        writer.Line("/// </summary>");
    }

    /// <summary>
    /// <c>&lt;para&gt;zh-CN: title. description&lt;/para&gt;</c> for each locale other than the default,
    /// then the reference link.
    /// </summary>
    public static void Remarks(SourceWriter writer, IEnumerable<string> locales, string defaultLocale, LocalizedText title, LocalizedText description, string? reference)
    {
        var lines = new List<string>();
        foreach (var locale in locales)
        {
            if (locale == defaultLocale)
            {
                continue;
            }

            var text = Join(title.Get(locale), description.Get(locale));
            if (text.Length > 0)
            {
                lines.Add("/// <para>" + CSharpNames.XmlText(locale) + ": " + CSharpNames.XmlText(text) + "</para>");
            }
        }

        if (reference is not null)
        {
            var link = CSharpNames.XmlAttribute(reference);
            lines.Add("/// <para>Reference: <see href=\"" + link + "\">" + CSharpNames.XmlText(reference) + "</see></para>");
        }

        if (lines.Count == 0)
        {
            return;
        }

        writer.Line("/// <remarks>");
        foreach (var line in lines)
        {
            writer.Line(line);
        }

        writer.Line("/// </remarks>");
    }

    /// <summary>"Title. Description" without doubling the full stop when the title has one.</summary>
    public static string Join(string? title, string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return title ?? string.Empty;
        }

        if (string.IsNullOrEmpty(title))
        {
            return description!;
        }

        var last = title![title.Length - 1];
        var separator = last is '。' or '！' or '？' ? string.Empty
            : last is '.' or '!' or '?' ? " "
            : last >= '\u2E80' ? "。"
            : ". ";
        return title + separator + description;
    }
}

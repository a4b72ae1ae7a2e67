using System.Globalization;
using System.Text;
using StatusCodes.Tool.Import.Interpreting;

namespace StatusCodes.Tool.Import.Writing;

/// <summary>
/// Writes an imported document as a new definition file in the layout of the built-in
/// definitions: two-space indents, every text as a <c>locale: text</c> mapping (so that other
/// locales can be merged in later), codes in numeric order.
/// </summary>
internal static class DefinitionWriter
{
    public static string Write(ImportedDocument document, string sourceName)
    {
        var yaml = new StringBuilder();
        var locale = document.Locale;
        yaml.Append("# Imported from ").Append(OneLine(sourceName)).Append(" by `statuscodes import` (").Append(locale).Append(").\n");
        yaml.Append("locales: [").Append(YamlScalar.Format(locale, flow: true)).Append("]\n");
        if (document.Group is not null)
        {
            yaml.Append("group: ").Append(document.Group).Append('\n');
        }

        yaml.Append("sets:\n");
        foreach (var set in document.Sets)
        {
            yaml.Append("  - name: ").Append(set.Name).Append('\n');
            if (set.Key is not null)
            {
                yaml.Append("    key: ").Append(YamlScalar.Format(set.Key)).Append('\n');
            }

            if (set.Summary is not null)
            {
                Text(yaml, "    ", "summary", locale, set.Summary);
            }

            if (set.Categories.Count > 0)
            {
                yaml.Append("    categories:\n");
                foreach (var category in set.Categories)
                {
                    yaml.Append("      - name: ").Append(category.Name).Append('\n');
                    yaml.Append("        from: ").Append(Number(category.From)).Append('\n');
                    yaml.Append("        to: ").Append(Number(category.To)).Append('\n');
                    Text(yaml, "        ", "title", locale, category.Title);
                    if (category.Description is not null)
                    {
                        Text(yaml, "        ", "description", locale, category.Description);
                    }
                }
            }

            yaml.Append("    codes:\n");
            foreach (var code in set.Codes)
            {
                yaml.Append("      - code: ").Append(Number(code.Code)).Append('\n');
                yaml.Append("        name: ").Append(code.Name).Append('\n');
                if (code.Reason is not null)
                {
                    yaml.Append("        reason: ").Append(YamlScalar.Format(code.Reason)).Append('\n');
                }

                Text(yaml, "        ", "title", locale, code.Title);
                if (code.Description is not null)
                {
                    Text(yaml, "        ", "description", locale, code.Description);
                }

                if (code.Reference is not null)
                {
                    yaml.Append("        reference: ").Append(YamlScalar.Format(code.Reference)).Append('\n');
                }
            }
        }

        return yaml.ToString();
    }

    private static void Text(StringBuilder yaml, string indent, string key, string locale, string text)
    {
        yaml.Append(indent).Append(key).Append(":\n");
        yaml.Append(indent).Append("  ").Append(YamlScalar.Format(locale)).Append(": ").Append(YamlScalar.Format(text)).Append('\n');
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}

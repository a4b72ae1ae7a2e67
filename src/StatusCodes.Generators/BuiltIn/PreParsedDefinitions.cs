using System;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Generators.BuiltIn;

/// <summary>
/// The package's own definition files, parsed when the generator was built: a file whose text is
/// exactly one of them gets its parse result without reading YAML.
/// </summary>
/// <remarks>
/// Why: in a fresh compiler process, loading YamlDotNet and compiling the parser's code just in time
/// is most of the generator's own time for a project that uses only the built-in sets. The text is compared in full, so an edited or re-encoded copy (CRLF line endings, say) is
/// parsed as usual. The tests prove that each entry equals what <see cref="DefinitionParser"/>
/// returns for the same text, and that the data file matches <c>definitions/</c>.
/// </remarks>
internal static partial class PreParsedDefinitions
{
    /// <summary>The result for <paramref name="text"/> read from <paramref name="path"/>, or null when the text is not a built-in file's or the limits are not the defaults.</summary>
    public static DefinitionParseResult? TryGet(string path, string text, DefinitionLimits limits)
    {
        // Under other limits a built-in file may be refused, and only the parser can say where.
        if (!limits.Equals(DefinitionLimits.Default))
        {
            return null;
        }

        foreach (var entry in Entries)
        {
            if (entry.Text.Length == text.Length && string.Equals(entry.Text, text, StringComparison.Ordinal))
            {
                return entry.Create(path);
            }
        }

        return null;
    }

    private sealed class Entry
    {
        public Entry(string text, Func<string, DefinitionParseResult> create)
        {
            Text = text;
            Create = create;
        }

        /// <summary>The whole text of the file in <c>definitions/</c> this entry was written from.</summary>
        public string Text { get; }

        public Func<string, DefinitionParseResult> Create { get; }
    }
}

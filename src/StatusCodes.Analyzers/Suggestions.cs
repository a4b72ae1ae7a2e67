using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusCodes.Generators.Analyzers;

/// <summary>The "did you mean" text and the diagnostic properties the code fixes read.</summary>
internal static class Suggestions
{
    /// <summary>"; did you mean 409 Conflict or 500 InternalServerError?", or the empty string.</summary>
    public static string Format(ImmutableArray<CodeSuggestion> suggestions) => suggestions.Length switch
    {
        0 => string.Empty,
        1 => "; did you mean " + suggestions[0] + "?",
        _ => "; did you mean " + string.Join(", ", suggestions.Take(suggestions.Length - 1)) + " or " + suggestions[suggestions.Length - 1] + "?",
    };

    /// <summary>The properties for a fix that writes one of <paramref name="members"/>, replacing <paramref name="replace"/>.</summary>
    public static ImmutableDictionary<string, string?> Properties(CodeSet set, ImmutableArray<CodeSuggestion> members, string replace)
    {
        if (members.IsEmpty)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var separator = UsageDiagnosticIds.Separator.ToString();
        return ImmutableDictionary.CreateRange(new[]
        {
            Pair(UsageDiagnosticIds.EnumTypeProperty, set.FullyQualifiedName),
            Pair(UsageDiagnosticIds.MembersProperty, string.Join(separator, members.Select(m => m.Name))),
            Pair(UsageDiagnosticIds.CodesProperty, string.Join(separator, members.Select(m => m.Code.ToString(CultureInfo.InvariantCulture)))),
            Pair(UsageDiagnosticIds.ReplaceProperty, replace),
        });
    }

    public static string Literal(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static System.Collections.Generic.KeyValuePair<string, string?> Pair(string key, string value) => new(key, value);
}

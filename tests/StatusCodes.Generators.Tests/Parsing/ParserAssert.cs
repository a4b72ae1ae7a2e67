using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using Xunit;

namespace StatusCodes.Generators.Tests.Parsing;

internal static class ParserAssert
{
    public const string Path = "/project/payments.codes.yaml";

    public static DefinitionParseResult Parse(string yaml, DefinitionLimits? limits = null)
        => DefinitionParser.Parse(Path, yaml.Replace("\r\n", "\n"), limits);

    /// <summary>
    /// Exactly one finding with <paramref name="id"/>, at the one-based <paramref name="line"/> and
    /// <paramref name="column"/> an editor would show, with the given message.
    /// </summary>
    public static DiagnosticInfo Single(DefinitionParseResult result, string id, int line, int column, string? message = null)
    {
        var matches = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id}, found: {string.Join(" | ", result.Diagnostics.Select(d => d.ToString()))}");
        var diagnostic = matches[0];
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(Path, diagnostic.Location!.Path);
        Assert.Equal((line, column), (diagnostic.Location.StartLine + 1, diagnostic.Location.StartColumn + 1));
        if (message is not null)
        {
            Assert.Equal(message, diagnostic.GetMessage());
        }

        return diagnostic;
    }

    public static void Clean(DefinitionParseResult result)
        => Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
}

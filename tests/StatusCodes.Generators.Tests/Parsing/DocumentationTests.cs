using System.IO;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Parsing;

/// <summary>Every diagnostic a user can meet is documented where its help link points.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void Every_diagnostic_has_an_anchor_in_docs_and_a_row_in_the_readme()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "docs", "diagnostics.md"));
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "README.md"));
        foreach (var descriptor in DefinitionDiagnostics.All)
        {
            Assert.Contains($"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>", docs, System.StringComparison.Ordinal);
            Assert.Contains($"## {descriptor.Id}: {descriptor.Title}", docs, System.StringComparison.Ordinal);
            var severity = descriptor.Severity switch
            {
                DefinitionSeverity.Error => "error",
                DefinitionSeverity.Warning => "warning",
                _ => "info",
            };
            Assert.Contains($"| {descriptor.Id} | {severity} |", readme, System.StringComparison.Ordinal);
            Assert.EndsWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLink, System.StringComparison.Ordinal);
        }
    }
}

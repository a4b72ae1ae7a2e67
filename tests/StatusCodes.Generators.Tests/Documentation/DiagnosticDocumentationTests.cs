using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Generators.Analyzers;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Documentation;

/// <summary>Every diagnostic a user can meet is documented where its help link points.</summary>
public sealed class DiagnosticDocumentationTests
{
    [Fact]
    public void Every_diagnostic_has_an_anchor_and_a_row_in_the_table_of_the_diagnostics_page()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "docs", "diagnostics.md"));
        foreach (var descriptor in DefinitionDiagnostics.All)
        {
            var anchor = descriptor.Id.ToLowerInvariant();
            Assert.Contains($"<a id=\"{anchor}\"></a>", docs, System.StringComparison.Ordinal);
            Assert.Contains($"## {descriptor.Id}: {descriptor.Title}", docs, System.StringComparison.Ordinal);
            var severity = descriptor.Severity switch
            {
                DefinitionSeverity.Error => "error",
                DefinitionSeverity.Warning => "warning",
                _ => "info",
            };
            Assert.Contains($"| [{descriptor.Id}](#{anchor}) | {severity} |", docs, System.StringComparison.Ordinal);
            Assert.EndsWith("docs/diagnostics.md#" + anchor, descriptor.HelpLink, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_usage_rule_has_a_section_in_the_analyzers_page_and_a_row_in_the_table_of_the_diagnostics_page()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "docs", "diagnostics.md"));
        var analyzers = File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "docs", "analyzers.md"));
        var rules = typeof(UsageDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var anchor = rule.Id.ToLowerInvariant();
            Assert.Contains($"\n## {rule.Id}\n", analyzers.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
            Assert.Contains($"| [{rule.Id}](analyzers.md#{anchor}) | {rule.DefaultSeverity.ToString().ToLowerInvariant()} |", docs, System.StringComparison.Ordinal);
            Assert.EndsWith("docs/analyzers.md#" + anchor, rule.HelpLinkUri, System.StringComparison.Ordinal);
        }
    }
}

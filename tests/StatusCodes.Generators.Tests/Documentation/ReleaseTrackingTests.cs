using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Generators.Analyzers;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Documentation;

/// <summary>
/// The generator assembly reports the definition diagnostics through descriptors it makes at run
/// time, which the release-tracking analyzer cannot see; this keeps their rows as exact as the
/// analyzer keeps the rows of the usage rules.
/// </summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void Every_id_the_generator_assembly_reports_has_one_release_row_with_its_category_and_severity()
    {
        var directory = Path.Combine(TestPaths.RepositoryDirectory, "src", "StatusCodes.Generators");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(directory, file)))
            .Where(line => line.StartsWith("SCG", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();

        var expected = DefinitionDiagnostics.All
            .Select(d => (d.Id, d.Category, Severity: d.Severity.ToString()))
            .Concat(typeof(UsageDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .Select(d => (d.Id, d.Category, Severity: d.DefaultSeverity.ToString())))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count > 50, $"only {expected.Count} descriptors found");
        Assert.Equal(
            expected.Select(d => $"{d.Id} | {d.Category} | {d.Severity}"),
            rows.Select(r => $"{r[0]} | {r[1]} | {r[2]}").OrderBy(r => r, StringComparer.Ordinal));
    }
}

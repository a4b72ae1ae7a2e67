using System.Collections.Generic;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>The exact generated text, against approved files in Snapshots/.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Payment_example_generates_the_approved_set_and_locales()
    {
        var run = GeneratorRunner.Run(new[] { (TestDefinitions.PaymentsPath, TestDefinitions.Payments) });

        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            new[] { "Contoso.Payments.PaymentStatus.Json.g.cs", "Contoso.Payments.PaymentStatus.g.cs", "Contoso.Payments.PaymentStatus.Utf8.g.cs", "Contoso.Payments.PaymentStatus.References.g.cs", "TestProject.StatusLocale.g.cs", "TestProject.StatusCodeTables.g.cs" },
            run.HintNames);
        Snapshot.Verify(run.Source("Contoso.Payments.PaymentStatus.g.cs"), "Payments.PaymentStatus");
        Snapshot.Verify(run.Source("Contoso.Payments.PaymentStatus.Utf8.g.cs"), "Payments.PaymentStatus.Utf8");
        Snapshot.Verify(run.Source("Contoso.Payments.PaymentStatus.References.g.cs"), "Payments.PaymentStatus.References");
        Snapshot.Verify(run.Source("Contoso.Payments.PaymentStatus.Json.g.cs"), "Payments.PaymentStatus.Json");
        Snapshot.Verify(run.Source("TestProject.StatusLocale.g.cs"), "Payments.StatusLocale");
        Snapshot.Verify(run.Source("TestProject.StatusCodeTables.g.cs"), "Payments.StatusCodeTables");
    }

    [Fact]
    public void Built_in_definitions_generate_the_approved_http_set_probe_sets_and_group()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn);

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify(run.Source("TestProject.HttpStatus.g.cs"), "BuiltIn.HttpStatus");
        Snapshot.Verify(run.Source("TestProject.HttpStatus.Interop.g.cs"), "BuiltIn.HttpStatus.Interop");
        Snapshot.Verify(run.Source("TestProject.HttpStatus.References.g.cs"), "BuiltIn.HttpStatus.References");
        Snapshot.Verify(run.Source("TestProject.PingProbeStatus.g.cs"), "BuiltIn.PingProbeStatus");
        Snapshot.Verify(run.Source("TestProject.SiteMonitorCodes.g.cs"), "BuiltIn.SiteMonitorCodes");
        Snapshot.Verify(run.Source("TestProject.StatusLocale.g.cs"), "BuiltIn.StatusLocale");
    }

    [Fact]
    public void Public_accessibility_and_a_consumer_without_span_generate_string_only_parsing()
    {
        var references = References.NetStandard20;
        var run = GeneratorRunner.Run(
            new[] { (TestDefinitions.PaymentsPath, TestDefinitions.Payments) },
            properties: new Dictionary<string, string> { ["RootNamespace"] = "Legacy", ["StatusCodesAccessibility"] = "public" },
            parseOptions: new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8),
            references: references);

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("Contoso.Payments.PaymentStatus.Json.g.cs", run.HintNames);
        Snapshot.Verify(run.Source("Contoso.Payments.PaymentStatus.g.cs"), "NoSpan.PaymentStatus");
        Snapshot.Verify(run.Source("Legacy.StatusLocale.g.cs"), "NoSpan.StatusLocale");
        Snapshot.Verify(run.Source("Legacy.StatusCodeTables.g.cs"), "NoSpan.StatusCodeTables");
    }
}

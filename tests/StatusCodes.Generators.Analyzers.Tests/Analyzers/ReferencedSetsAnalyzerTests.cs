using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Analyzers;

/// <summary>
/// SCG0306 where the package's targets leave the generator out: the analyzers report, from the
/// assembly and namespace the targets pass, what the generator reports for the same project when
/// it runs (told by the targets that the reference vouches for the sets).
/// </summary>
public sealed class ReferencedSetsAnalyzerTests
{
    private const string ProjectFile = "/src/Consumer/Consumer.csproj";

    private static readonly System.Lazy<MetadataReference> SharedProject = new(() => TestCompilation.ToReference(TestCompilation.Create(
        new[] { "namespace Shared { public static class Marker { } }" },
        http: true,
        yaml: new[] { TestSources.PaymentYaml },
        assemblyName: "Shared",
        ns: "Shared.Codes",
        isPublic: true)));

    [Theory]
    [InlineData("Contoso", "; a generated global using imports Shared.Codes")]
    [InlineData("Shared.Codes", "")]
    public async Task The_analyzers_report_what_the_generator_reports_for_the_same_project(string rootNamespace, string how)
    {
        var consumer = Consumer();

        var fromGenerator = GeneratorFindings(consumer, new Dictionary<string, string>
        {
            ["build_property._StatusCodesVouchedProviders"] = "Shared",
            ["build_property._StatusCodesProjectFile"] = ProjectFile,
            ["build_property.RootNamespace"] = rootNamespace,
        }).Single(d => d.Id == "SCG0306");
        var fromAnalyzers = Assert.Single(await AnalyzerFindings(consumer, new Dictionary<string, string>
        {
            ["build_property._StatusCodesSetsAssembly"] = "Shared",
            ["build_property._StatusCodesSetsNamespace"] = "Shared.Codes",
            ["build_property._StatusCodesProjectFile"] = ProjectFile,
            ["build_property.RootNamespace"] = rootNamespace,
        }));

        Assert.Equal(
            "The sets HttpStatus, PaymentStatus come from the referenced assembly 'Shared' (namespace Shared.Codes); this project generates no copy of them" + how + ". To generate its own copy, set StatusCodesOwnCopy to true.",
            fromAnalyzers.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(fromGenerator.GetMessage(CultureInfo.InvariantCulture), fromAnalyzers.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal((fromGenerator.Id, fromGenerator.Severity, fromGenerator.Descriptor.Category, fromGenerator.Descriptor.HelpLinkUri), (fromAnalyzers.Id, fromAnalyzers.Severity, fromAnalyzers.Descriptor.Category, fromAnalyzers.Descriptor.HelpLinkUri));
        Assert.Equal(fromGenerator.Location.GetLineSpan(), fromAnalyzers.Location.GetLineSpan());
        Assert.Equal(ProjectFile, fromAnalyzers.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Nothing_is_reported_without_the_targets_word_or_for_an_assembly_without_sets()
    {
        var consumer = Consumer();

        Assert.Empty(await AnalyzerFindings(consumer, new Dictionary<string, string> { ["build_property._StatusCodesProjectFile"] = ProjectFile }));
        Assert.Empty(await AnalyzerFindings(consumer, new Dictionary<string, string>
        {
            ["build_property._StatusCodesSetsAssembly"] = "Shared",
            ["build_property._StatusCodesSetsNamespace"] = "Shared",
        }));
        Assert.Empty(await AnalyzerFindings(consumer, new Dictionary<string, string>
        {
            ["build_property._StatusCodesSetsAssembly"] = "Other",
            ["build_property._StatusCodesSetsNamespace"] = "Shared.Codes",
        }));
    }

    private static CSharpCompilation Consumer()
        => CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Contoso { internal static class Uses { } }", TestCompilation.ParseOptions, path: "Uses.cs") },
            TestCompilation.FrameworkReferences.Add(SharedProject.Value),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static ImmutableArray<Diagnostic> GeneratorFindings(Compilation compilation, Dictionary<string, string> properties)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new StatusCodesGenerator().AsSourceGenerator() },
            parseOptions: TestCompilation.ParseOptions,
            optionsProvider: new TestCompilation.GlobalOptionsProvider(properties));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics, CancellationToken.None);
        return diagnostics;
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzerFindings(Compilation compilation, Dictionary<string, string> properties)
        => compilation
            .WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new ReferencedSetsAnalyzer()),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestCompilation.GlobalOptionsProvider(properties)))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
}

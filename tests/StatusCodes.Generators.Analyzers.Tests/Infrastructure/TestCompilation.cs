using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Infrastructure;

/// <summary>
/// Builds a compilation the way a consuming project sees it: the test source, then the real
/// generator run over the definitions, so the analyzers meet exactly what the generator emits.
/// </summary>
internal static class TestCompilation
{
    public const string Namespace = "Contoso";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);

    private static readonly Lazy<string> HttpDefinitions = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "definitions", "http.codes.yaml")));

    public static ImmutableArray<MetadataReference> FrameworkReferences => Framework.Value;

    /// <summary>The generator's output for the given definitions, plus the source files.</summary>
    /// <param name="http">Include the built-in <c>definitions/http.codes.yaml</c>.</param>
    /// <param name="yaml">Extra definition files (each becomes <c>extraN.codes.yaml</c>).</param>
    public static CSharpCompilation Create(
        IEnumerable<string> sources,
        bool http = true,
        IEnumerable<string>? yaml = null,
        IEnumerable<MetadataReference>? references = null,
        string assemblyName = "Consumer",
        string ns = Namespace,
        bool isPublic = false,
        CSharpParseOptions? parseOptions = null)
    {
        parseOptions ??= ParseOptions;
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: "Test" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")).ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            FrameworkReferences.AddRange(references ?? Array.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var texts = new List<AdditionalText>();
        if (http)
        {
            texts.Add(new InMemoryAdditionalText("/definitions/http.codes.yaml", HttpDefinitions.Value));
        }

        var n = 0;
        foreach (var extra in yaml ?? Array.Empty<string>())
        {
            texts.Add(new InMemoryAdditionalText("/definitions/extra" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".codes.yaml", extra));
        }

        if (texts.Count == 0)
        {
            return compilation;
        }

        var options = new GlobalOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.StatusCodesNamespace"] = ns,
            ["build_property.StatusCodesAccessibility"] = isPublic ? "public" : "internal",
        });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new StatusCodesGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, CancellationToken.None);
        Assert.Empty(generatorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return (CSharpCompilation)output;
    }

    public static CSharpCompilation Create(string source, bool http = true, IEnumerable<string>? yaml = null, IEnumerable<MetadataReference>? references = null)
        => Create(new[] { source }, http, yaml, references);

    /// <summary>Emits <paramref name="compilation"/> and returns it as a reference, as a referenced project would be.</summary>
    public static MetadataReference ToReference(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        // The runtime the tests run on is the framework the test sources compile against.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public GlobalOptionsProvider(Dictionary<string, string> global) => GlobalOptions = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Schema;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// A cancelled run stops with <see cref="OperationCanceledException"/>, never another exception or
/// a finding, and without finishing the work: the parser, the catalog and the emitters check the
/// token inside their loops, not just between pipeline steps.
/// </summary>
public sealed class CancellationTests
{
    private const string Path = "/p/large.codes.yaml";

    /// <summary>20,000 codes in two locales: a few seconds of work from start to end.</summary>
    private static readonly string Large = "locales: [en-US, zh-TW]\nsets:\n  - name: Large\n    codes:\n"
        + string.Concat(Enumerable.Range(1, 20_000).Select(i => "      - { code: " + i.ToString(CultureInfo.InvariantCulture) + ", name: C" + i.ToString(CultureInfo.InvariantCulture) + ", title: { en-US: Title, zh-TW: 標題 } }\n"));

    [Fact]
    public void The_parser_checks_the_token_itself()
    {
        // Parse is a plain call with no pipeline around it: had it no check of its own, it would
        // read all 20,000 codes and return a result.
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.IsType<OperationCanceledException>(Record.Exception(() => DefinitionParser.Parse(Path, Large, cancellationToken: cancelled.Token)));
        Assert.NotNull(DefinitionParser.Parse(Path, Large, cancellationToken: CancellationToken.None).Spec);
    }

    [Fact]
    public void The_catalog_and_the_emitters_stop_on_a_cancelled_token()
    {
        var spec = DefinitionParser.Parse(Path, Large).Spec!;
        var options = new CatalogOptions(GeneratorRunner.DefaultNamespace, false, null);
        var set = CatalogBuilder.Build(new[] { spec }, options).Catalog.Sets.Single();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.IsType<OperationCanceledException>(Record.Exception(() => CatalogBuilder.Build(new[] { spec }, options, cancelled.Token)));
        Assert.IsType<OperationCanceledException>(Record.Exception(() => SetEmitter.Emit(set, new EmitFeatures(HasSpan: true), cancelled.Token)));
        Assert.IsType<OperationCanceledException>(Record.Exception(() => Utf8Emitter.Emit(set, cancelled.Token)));
        Assert.NotEmpty(SetEmitter.Emit(set, new EmitFeatures(HasSpan: true), CancellationToken.None));
    }

    [Fact]
    public void A_generator_run_cancelled_while_it_reads_a_large_file_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var file = new CancellingAdditionalText(Path, Large, cancellation);
        var driver = GeneratorRunner.CreateDriver(ImmutableArray.Create<AdditionalText>(file), GeneratorRunner.LatestParseOptions, null);
        var compilation = GeneratorRunner.CreateCompilation(string.Empty);

        var exception = Record.Exception(() => driver.RunGenerators(compilation, cancellation.Token));

        Assert.IsType<OperationCanceledException>(exception);
        Assert.Equal(1, file.Reads);

        // The same driver with a live token finishes: the cancelled run left nothing half-done behind.
        var result = driver.RunGenerators(compilation, CancellationToken.None).GetRunResult();
        GeneratorRunner.AssertNoCrash(result, ImmutableArray<Diagnostic>.Empty);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("TestProject.Large.g.cs", StringComparison.Ordinal));
    }

    /// <summary>An AdditionalFiles item that cancels the build the first time the generator reads it, as an IDE does when the user types on.</summary>
    private sealed class CancellingAdditionalText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly CancellationTokenSource _cancellation;

        public CancellingAdditionalText(string path, string text, CancellationTokenSource cancellation)
        {
            Path = path;
            _text = SourceText.From(text);
            _cancellation = cancellation;
        }

        public override string Path { get; }

        public int Reads { get; private set; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (Reads++ == 0)
            {
                _cancellation.Cancel();
            }

            return _text;
        }
    }
}

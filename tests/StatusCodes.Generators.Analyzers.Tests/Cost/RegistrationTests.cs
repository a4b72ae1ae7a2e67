using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Cost;

/// <summary>
/// The analyzers cost little while typing: they register a compilation-start action that only
/// looks up a few types by name, and under it only operation actions (and, for the HTTP rule,
/// attribute syntax); never a compilation, compilation-end, semantic-model, syntax-tree, symbol or
/// code-block action, which would run over the whole compilation or every document. The one
/// exception is SCG0306's analyzer, which runs once per compilation and per document never.
/// </summary>
public sealed class RegistrationTests
{
    [Fact]
    public void Initialize_registers_only_compilation_start()
    {
        foreach (var analyzer in Verify.AllAnalyzers)
        {
            var context = new RecordingAnalysisContext();
            analyzer.Initialize(context);
            Assert.Equal(new[] { "CompilationStart", "ConcurrentExecution", "GeneratedCode:None" }, context.Registered.OrderBy(r => r, StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// SCG0306 where the package's targets leave the generator out: one compilation action (it runs
    /// once, when the compilation is complete, and never while a document is analyzed) that reads two
    /// options and returns unless the targets set them; where they did, it reads one namespace of one
    /// reference.
    /// </summary>
    [Fact]
    public void The_referenced_sets_rule_registers_one_compilation_action_and_nothing_per_document()
    {
        var context = new RecordingAnalysisContext();
        new ReferencedSetsAnalyzer().Initialize(context);

        Assert.Equal(new[] { "Compilation", "ConcurrentExecution", "GeneratedCode:None" }, context.Registered.OrderBy(r => r, StringComparer.Ordinal));
        Assert.Empty(context.CompilationStartActions);
    }

    [Fact]
    public void Compilation_start_registers_only_operation_and_attribute_actions()
    {
        var compilation = TestCompilation.Create(new[] { TestSources.AspNetCoreStubs });

        Assert.Equal(
            new[] { "Operation:Conversion", "Operation:Invocation" },
            Start(new StatusCodeUsageAnalyzer(), compilation));
        Assert.Equal(
            new[] { "Operation:Invocation,ObjectCreation", "Operation:SimpleAssignment", "SyntaxNode:Attribute" },
            Start(new HttpStatusCodeAnalyzer(), compilation));
    }

    [Fact]
    public void The_http_rule_registers_nothing_where_no_status_code_api_exists()
    {
        var coreLibrary = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);
        var compilation = CSharpCompilation.Create("Bare", references: new[] { coreLibrary });

        Assert.Empty(Start(new HttpStatusCodeAnalyzer(), compilation));
    }

    [Fact]
    public async Task The_driver_runs_no_compilation_wide_actions()
    {
        var compilation = TestCompilation.Create(new[]
        {
            """
            using Contoso;
            using Microsoft.AspNetCore.Http;

            class C
            {
                HttpStatus A = (HttpStatus)799;
                IResult B() => Results.StatusCode(799);
            }
            """,
            TestSources.AspNetCoreStubs,
        });
        var withAnalyzers = compilation.WithAnalyzers(
            Verify.AllAnalyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Equal(new[] { "SCG0401", "SCG0404" }, diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

        foreach (var analyzer in Verify.AllAnalyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.CompilationActionsCount);
            Assert.Equal(0, telemetry.CompilationEndActionsCount);
            Assert.Equal(0, telemetry.SemanticModelActionsCount);
            Assert.Equal(0, telemetry.SyntaxTreeActionsCount);
            Assert.Equal(0, telemetry.AdditionalFileActionsCount);
            Assert.Equal(0, telemetry.SymbolActionsCount);
            Assert.Equal(0, telemetry.SymbolStartActionsCount);
            Assert.Equal(0, telemetry.CodeBlockActionsCount + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockEndActionsCount);
            Assert.Equal(0, telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount + telemetry.OperationBlockEndActionsCount);
            Assert.True(telemetry.OperationActionsCount > 0);
        }
    }

    private static IReadOnlyList<string> Start(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var context = new RecordingAnalysisContext();
        analyzer.Initialize(context);
        var start = new RecordingCompilationStartContext(compilation);
        foreach (var action in context.CompilationStartActions)
        {
            action(start);
        }

        return start.Registered.OrderBy(r => r, StringComparer.Ordinal).ToList();
    }

    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<string> Registered { get; } = new();

        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = new();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            Registered.Add("CompilationStart");
            CompilationStartActions.Add(action);
        }

        public override void EnableConcurrentExecution() => Registered.Add("ConcurrentExecution");

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => Registered.Add("GeneratedCode:" + analysisMode);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Registered.Add("Compilation");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registered.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered.Add("SyntaxNode");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registered.Add("Operation");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");
    }

    private sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
    {
        public RecordingCompilationStartContext(Compilation compilation)
            : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
        {
        }

        public List<string> Registered { get; } = new();

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registered.Add("CompilationEnd");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registered.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => Registered.Add("SyntaxNode:" + string.Join(",", syntaxKinds));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => Registered.Add("Operation:" + string.Join(",", operationKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");
    }
}

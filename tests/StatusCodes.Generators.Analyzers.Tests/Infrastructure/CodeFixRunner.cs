using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using StatusCodes.Generators.CodeFixes;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies the code fix through a real workspace: the test source and the generator's output as
/// documents of one project, the analyzers' diagnostics, the provider's actions and their
/// operations, as an IDE would run them.
/// </summary>
internal sealed class CodeFixRunner
{
    private readonly Document _document;

    private CodeFixRunner(Document document) => _document = document;

    public static CodeFixRunner For(string source, bool http = true, IEnumerable<string>? yaml = null, Microsoft.CodeAnalysis.CSharp.CSharpParseOptions? parseOptions = null)
    {
        var compilation = TestCompilation.Create(new[] { source }, http, yaml, parseOptions: parseOptions);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: parseOptions ?? TestCompilation.ParseOptions,
            metadataReferences: compilation.References));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test0.cs", SourceText.From(source));
        foreach (var generated in compilation.SyntaxTrees.Skip(1))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(generated.FilePath), generated.GetText());
        }

        return new CodeFixRunner(solution.GetDocument(documentId)!);
    }

    /// <summary>The analyzers' diagnostics with <paramref name="id"/> in the test document.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string id)
    {
        var compilation = (await _document.Project.GetCompilationAsync())!;
        var tree = await _document.GetSyntaxTreeAsync();
        var diagnostics = await Verify.RunAsync(compilation);
        return diagnostics.Where(d => d.Id == id && d.Location.SourceTree == tree).ToImmutableArray();
    }

    /// <summary>The titles of the actions offered for the (single) diagnostic <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<string>> TitlesAsync(string id)
        => (await ActionsAsync(id)).Select(a => a.Title).ToList();

    /// <summary>The document text after applying the action titled <paramref name="title"/>.</summary>
    public async Task<string> ApplyAsync(string id, string title)
    {
        var action = Assert.Single(await ActionsAsync(id), a => a.Title == title);
        return await ApplyAsync(action);
    }

    /// <summary>The document text after Fix All in the document with the equivalence key <paramref name="key"/>.</summary>
    public async Task<string> FixAllAsync(string id, string key)
    {
        var diagnostics = await DiagnosticsAsync(id);
        var provider = new UseStatusCodeMemberCodeFixProvider();
        var context = new FixAllContext(
            _document,
            provider,
            FixAllScope.Document,
            key,
            new[] { id },
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(action!);
    }

    /// <summary>The compiler's diagnostics with <paramref name="id"/> in the test document.</summary>
    public async Task<ImmutableArray<Diagnostic>> CompilerDiagnosticsAsync(string id)
    {
        var compilation = (await _document.Project.GetCompilationAsync())!;
        var tree = await _document.GetSyntaxTreeAsync();
        return compilation.GetDiagnostics().Where(d => d.Id == id && d.Location.SourceTree == tree).ToImmutableArray();
    }

    /// <summary>The titles <paramref name="provider"/> offers for each compiler diagnostic <paramref name="id"/>, in source order.</summary>
    public async Task<IReadOnlyList<string>> CompilerFixTitlesAsync(CodeFixProvider provider, string id)
    {
        var titles = new List<string>();
        foreach (var diagnostic in await CompilerDiagnosticsAsync(id))
        {
            var context = new CodeFixContext(_document, diagnostic, (action, _) => titles.Add(action.Title), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }

        return titles;
    }

    /// <summary>The document text after Fix All in the document for the compiler diagnostic <paramref name="id"/>.</summary>
    public async Task<string> FixAllCompilerAsync(CodeFixProvider provider, string id, string key)
    {
        var diagnostics = await CompilerDiagnosticsAsync(id);
        var context = new FixAllContext(_document, provider, FixAllScope.Document, key, new[] { id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(action!);
    }

    private async Task<IReadOnlyList<CodeAction>> ActionsAsync(string id)
    {
        var diagnostic = Assert.Single(await DiagnosticsAsync(id));
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(_document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new UseStatusCodeMemberCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    private async Task<string> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        var text = await changed.GetDocument(_document.Id)!.GetTextAsync();
        return text.ToString();
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}

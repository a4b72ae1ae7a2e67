using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StatusCodes.Generators.Analyzers;

namespace StatusCodes.Generators.CodeFixes;

/// <summary>
/// Writes a named member of a generated status-code enum in place of a number: the member for a
/// literal that is a code (SCG0405), or one action per suggested member for a constant that is
/// not (SCG0401 on a cast, SCG0402 on <c>FromCode</c>, which the member replaces whole). Everything
/// it needs travels in the diagnostic's properties; it does not look at the enum itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseStatusCodeMemberCodeFixProvider))]
[Shared]
public sealed class UseStatusCodeMemberCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        UsageDiagnosticIds.UnknownCodeConversion,
        UsageDiagnosticIds.FromCodeUnknown,
        UsageDiagnosticIds.UseNamedMember);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(UsageDiagnosticIds.EnumTypeProperty, out var enumType) || enumType is null
                || !properties.TryGetValue(UsageDiagnosticIds.MembersProperty, out var membersText) || membersText is null
                || !properties.TryGetValue(UsageDiagnosticIds.ReplaceProperty, out var replace) || replace is null)
            {
                continue;
            }

            var reported = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Target(reported, replace) is not { } target)
            {
                continue;
            }

            properties.TryGetValue(UsageDiagnosticIds.CodesProperty, out var codesText);
            var members = membersText.Split(UsageDiagnosticIds.Separator);
            var codes = codesText?.Split(UsageDiagnosticIds.Separator) ?? new string[0];
            var typeName = ShortName(enumType);
            for (var i = 0; i < members.Length; i++)
            {
                var member = members[i];
                var title = diagnostic.Id == UsageDiagnosticIds.UseNamedMember || i >= codes.Length
                    ? "Use " + typeName + "." + member
                    : "Use " + typeName + "." + member + " (" + codes[i] + ")";

                // One key per rule for the named member (so Fix All rewrites every literal), and one
                // per member for suggestions (so Fix All applies the same choice everywhere).
                var key = diagnostic.Id == UsageDiagnosticIds.UseNamedMember ? diagnostic.Id : diagnostic.Id + ":" + member;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ReplaceAsync(document, target, enumType, member, ct), key),
                    diagnostic);
            }
        }
    }

    /// <summary>The expression to replace, by the kind the analyzer put in the diagnostic.</summary>
    private static ExpressionSyntax? Target(SyntaxNode reported, string replace) => replace switch
    {
        UsageDiagnosticIds.ReplaceNode => reported as ExpressionSyntax,
        UsageDiagnosticIds.ReplaceCastOperand => (reported as CastExpressionSyntax)?.Expression,
        UsageDiagnosticIds.ReplaceInvocation => reported.FirstAncestorOrSelf<InvocationExpressionSyntax>(),
        _ => null,
    };

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax target, string enumType, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var identifier = SyntaxFacts.GetKeywordKind(member) != SyntaxKind.None ? "@" + member : member;
        var replacement = SyntaxFactory.ParseExpression(TypeNameAt(model, target.SpanStart, enumType) + "." + identifier)
            .WithTriviaFrom(target);
        return document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
    }

    /// <summary>
    /// The shortest name that means the enum at <paramref name="position"/>: <c>HttpStatus</c> when
    /// the file's usings bring it into scope, else a longer qualification, else <c>global::</c>.
    /// Each candidate is bound speculatively, so a name that the file resolves to some other type
    /// is never written, and no simplifier pass touches the code around the replacement.
    /// </summary>
    private static string TypeNameAt(SemanticModel model, int position, string fullyQualified)
    {
        const string Global = "global::";
        var metadataName = (fullyQualified.StartsWith(Global, System.StringComparison.Ordinal) ? fullyQualified.Substring(Global.Length) : fullyQualified).Replace("@", string.Empty);
        var enumSymbol = model.Compilation.GetTypeByMetadataName(metadataName);
        if (enumSymbol is null)
        {
            return fullyQualified;
        }

        var parts = fullyQualified.Substring(fullyQualified.StartsWith(Global, System.StringComparison.Ordinal) ? Global.Length : 0).Split('.');
        for (var start = parts.Length - 1; start >= 0; start--)
        {
            var candidate = string.Join(".", parts, start, parts.Length - start);
            var bound = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseTypeName(candidate), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            if (SymbolEqualityComparer.Default.Equals(bound, enumSymbol))
            {
                return candidate;
            }
        }

        return fullyQualified;
    }

    private static string ShortName(string fullyQualified)
    {
        var dot = fullyQualified.LastIndexOf('.');
        var colon = fullyQualified.LastIndexOf(':');
        var start = System.Math.Max(dot, colon) + 1;
        return fullyQualified.Substring(start);
    }
}

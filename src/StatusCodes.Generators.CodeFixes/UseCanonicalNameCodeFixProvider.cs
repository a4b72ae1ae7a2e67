using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StatusCodes.Generators.CodeFixes;

/// <summary>
/// Rewrites an older name written on a generated enum (<c>HttpStatus.Redirect</c>) to the code's
/// canonical name (<c>HttpStatus.Found</c>). Before C# 14 the older name is not a member, so the
/// compiler reports CS0117; from C# 14 it is an [Obsolete] static member, so CS0618. The older
/// names and their codes come from the generated <c>{Set}Extensions.OlderNames</c> constants.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCanonicalNameCodeFixProvider))]
[Shared]
public sealed class UseCanonicalNameCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "UseCanonicalName";

    // GeneratedTypeNames.GeneratorName: this assembly loads no definitions code, so it keeps a copy
    // that a test holds equal to it.
    private const string GeneratorToolName = "StatusCodes.Generators";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CS0117", "CS0618");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<MemberAccessExpressionSyntax>() is not { } access
                || Canonical(model, access, context.CancellationToken) is not { } canonical)
            {
                continue;
            }

            var document = context.Document;
            var enumName = ((INamedTypeSymbol)model.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol!).Name;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + enumName + "." + canonical,
                    ct => ReplaceAsync(document, access, canonical, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The canonical name when <paramref name="access"/> is <c>GeneratedEnum.OlderName</c>; otherwise null.</summary>
    private static string? Canonical(SemanticModel model, MemberAccessExpressionSyntax access, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || !IsGenerated(enumType))
        {
            return null;
        }

        var olderName = access.Name.Identifier.ValueText;
        foreach (var extensions in enumType.ContainingNamespace.GetTypeMembers(enumType.Name + "Extensions"))
        {
            if (!IsGenerated(extensions))
            {
                continue;
            }

            foreach (var olderNames in extensions.GetTypeMembers("OlderNames"))
            {
                foreach (var member in olderNames.GetMembers(olderName))
                {
                    if (member is IFieldSymbol { IsConst: true, ConstantValue: int code } && FindMember(enumType, code) is { } name)
                    {
                        return name;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The enum's member with value <paramref name="code"/>: the generator declares one per code.</summary>
    private static string? FindMember(INamedTypeSymbol enumType, int code)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field && value == code)
            {
                return field.Name;
            }
        }

        return null;
    }

    private static bool IsGenerated(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is GeneratorToolName)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<Document> ReplaceAsync(Document document, MemberAccessExpressionSyntax access, string canonical, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var identifier = SyntaxFacts.GetKeywordKind(canonical) != SyntaxKind.None ? "@" + canonical : canonical;
        var name = SyntaxFactory.IdentifierName(identifier).WithTriviaFrom(access.Name);
        return document.WithSyntaxRoot(root.ReplaceNode(access.Name, name));
    }
}

using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// SCG0404: an integer constant that the built-in <c>HttpStatus</c> set does not define, given to
/// an ASP.NET Core or HttpClient API that takes an HTTP status code (see <see cref="HttpStatusTargets"/>).
/// Off unless the compilation sees both such an API and a generated enum named <c>HttpStatus</c>;
/// the enum is looked up only when the first candidate constant appears.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpStatusCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The name of the built-in HTTP set whose members define the known status codes.</summary>
    public const string HttpSetName = "HttpStatus";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(UsageDiagnostics.NotAnHttpStatusCode);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (HttpStatusTargets.Resolve(start.Compilation) is not { } targets)
            {
                return;
            }

            var compilation = start.Compilation;
            var httpSet = new Lazy<CodeSet?>(() => new CodeSetResolver().FindByName(compilation, HttpSetName), LazyThreadSafetyMode.ExecutionAndPublication);
            if (targets.HasOwners)
            {
                start.RegisterOperationAction(c => AnalyzeCall(c, targets, httpSet), OperationKind.Invocation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeAssignment(c, targets, httpSet), OperationKind.SimpleAssignment);
            }

            if (targets.HasAttributes)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, targets, httpSet), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, HttpStatusTargets targets, Lazy<CodeSet?> httpSet)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        // Attributes are read from syntax (below), whether or not the compiler also offers them as operations.
        if (method is null || IsAttribute(method.ContainingType))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && targets.IsStatusCodeParameter(method, argument.Parameter))
            {
                Check(context.ReportDiagnostic, httpSet, argument.Value);
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, HttpStatusTargets targets, Lazy<CodeSet?> httpSet)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { } property } && targets.IsStatusCodeProperty(property))
        {
            Check(context.ReportDiagnostic, httpSet, assignment.Value);
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, HttpStatusTargets targets, Lazy<CodeSet?> httpSet)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } list)
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !targets.IsStatusCodeAttribute(constructor.ContainingType))
        {
            return;
        }

        var positional = 0;
        foreach (var argument in list.Arguments)
        {
            bool holdsStatusCode;
            if (argument.NameEquals is { } nameEquals)
            {
                holdsStatusCode = nameEquals.Name.Identifier.ValueText == HttpStatusTargets.PropertyName;
            }
            else if (argument.NameColon is { } nameColon)
            {
                holdsStatusCode = nameColon.Name.Identifier.ValueText == HttpStatusTargets.ParameterName;
            }
            else
            {
                var index = positional++;
                holdsStatusCode = index < constructor.Parameters.Length
                    && constructor.Parameters[index] is { Name: HttpStatusTargets.ParameterName, IsParams: false } parameter
                    && targets.IsStatusCodeType(parameter.Type);
            }

            if (!holdsStatusCode)
            {
                continue;
            }

            var constant = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
            if (constant.HasValue && ConstantValues.TryToInt32(constant.Value, isChecked: true, out var code))
            {
                Report(context.ReportDiagnostic, httpSet, code, argument.Expression.GetLocation());
            }
        }
    }

    private static void Check(System.Action<Diagnostic> report, Lazy<CodeSet?> httpSet, IOperation value)
    {
        if (ConstantValues.TryGetInt32(value, out var code))
        {
            Report(report, httpSet, code, value.Syntax.GetLocation());
        }
    }

    private static void Report(System.Action<Diagnostic> report, Lazy<CodeSet?> httpSet, int code, Location location)
    {
        if (httpSet.Value is not { } set || set.Contains(code))
        {
            return;
        }

        var suggestions = set.Nearest(code);
        report(Diagnostic.Create(
            UsageDiagnostics.NotAnHttpStatusCode,
            location,
            Suggestions.Number(code),
            set.Name,
            Suggestions.Format(suggestions)));
    }

    private static bool IsAttribute(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}

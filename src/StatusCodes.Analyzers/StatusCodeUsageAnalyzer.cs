using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// Constants used with a generated status-code enum: a cast of a number that is not a code
/// (SCG0401), <c>FromCode</c> with one (SCG0402), <c>IsDefined</c> / <c>TryFromCode</c> /
/// <c>TryParse</c> that can only be false (SCG0403), and a cast of a literal that is a code,
/// better written as the member (SCG0405). Only conversion and invocation operations are
/// inspected; the per-compilation state is a cache of the enums met so far.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StatusCodeUsageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        UsageDiagnostics.UnknownCodeConversion,
        UsageDiagnostics.FromCodeUnknown,
        UsageDiagnostics.AlwaysFalseCheck,
        UsageDiagnostics.UseNamedMember);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var sets = new CodeSetResolver();
            start.RegisterOperationAction(c => AnalyzeConversion(c, sets), OperationKind.Conversion);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, sets), OperationKind.Invocation);
        });
    }

    private static void AnalyzeConversion(OperationAnalysisContext context, CodeSetResolver sets)
    {
        var conversion = (IConversionOperation)context.Operation;
        var target = conversion.Type;
        var toNullable = false;
        if (target is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            target = nullable.TypeArguments[0];
            toNullable = true;
        }

        if (target is not { TypeKind: TypeKind.Enum } || sets.ForEnum(target) is not { } set)
        {
            return;
        }

        // Enum to nullable enum (or a cast that changes nothing) carries a value that was checked
        // where it was made; `default` is always fine, even on a set without code 0.
        var operand = conversion.Operand;
        if (SymbolEqualityComparer.Default.Equals(Unwrap(operand.Type), target) || operand is IDefaultValueOperation)
        {
            return;
        }

        if (!ConstantValues.TryGetConvertedInt32(conversion, out var value))
        {
            return;
        }

        var syntax = conversion.Syntax;
        var replace = syntax is CastExpressionSyntax && CastsToNullable(conversion, toNullable) ? UsageDiagnosticIds.ReplaceCastOperand : UsageDiagnosticIds.ReplaceNode;
        if (set.TryGetMember(value, out var member, out var isObsolete))
        {
            // Suggest the member only for a plain number; a named constant already says what it
            // means, and writing an [Obsolete] member would trade this hint for a warning.
            var written = syntax is CastExpressionSyntax cast ? cast.Expression : syntax;
            if (!isObsolete && IsNumericLiteral(written))
            {
                var named = ImmutableArray.Create(new CodeSuggestion(value, member));
                context.ReportDiagnostic(Diagnostic.Create(
                    UsageDiagnostics.UseNamedMember,
                    syntax.GetLocation(),
                    Suggestions.Properties(set, named, replace),
                    set.Name,
                    member,
                    Suggestions.Number(value)));
            }

            return;
        }

        var suggestions = set.Nearest(value);
        context.ReportDiagnostic(Diagnostic.Create(
            UsageDiagnostics.UnknownCodeConversion,
            syntax.GetLocation(),
            Suggestions.Properties(set, suggestions, replace),
            Suggestions.Number(value),
            set.Name,
            Suggestions.Format(suggestions)));
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CodeSetResolver sets)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || method.Parameters.IsEmpty)
        {
            return;
        }

        var kind = method.Name switch
        {
            "FromCode" => CheckKind.FromCode,
            "IsDefined" => CheckKind.IsDefined,
            "TryFromCode" => CheckKind.TryFromCode,
            "TryParse" => CheckKind.TryParse,
            _ => CheckKind.None,
        };
        if (kind == CheckKind.None || method.ContainingType is not { } owner || sets.ForExtensionsClass(owner) is not { } set)
        {
            return;
        }

        var argument = FirstArgument(invocation);
        if (argument is null)
        {
            return;
        }

        var parameterType = method.Parameters[0].Type;
        if (kind == CheckKind.TryParse)
        {
            if (IsTextParameter(parameterType))
            {
                AnalyzeTryParse(context, set, argument);
            }

            return;
        }

        if (parameterType.SpecialType != SpecialType.System_Int32 || !ConstantValues.TryGetInt32(argument.Value, out var code))
        {
            return;
        }

        var location = argument.Value.Syntax.GetLocation();
        if (set.TryGetMember(code, out var member, out var isObsolete))
        {
            if (kind == CheckKind.FromCode && !isObsolete && IsNumericLiteral(argument.Value.Syntax))
            {
                var named = ImmutableArray.Create(new CodeSuggestion(code, member));
                context.ReportDiagnostic(Diagnostic.Create(
                    UsageDiagnostics.UseNamedMember,
                    location,
                    Suggestions.Properties(set, named, UsageDiagnosticIds.ReplaceInvocation),
                    set.Name,
                    member,
                    Suggestions.Number(code)));
            }

            return;
        }

        var suggestions = set.Nearest(code);
        if (kind == CheckKind.FromCode)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                UsageDiagnostics.FromCodeUnknown,
                location,
                Suggestions.Properties(set, suggestions, UsageDiagnosticIds.ReplaceInvocation),
                Suggestions.Number(code),
                set.Name,
                Suggestions.Format(suggestions)));
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            UsageDiagnostics.AlwaysFalseCheck,
            location,
            method.Name + "(" + Suggestions.Number(code) + ")",
            Suggestions.Number(code) + " is not a " + set.Name + " code" + Suggestions.Format(suggestions)));
    }

    private static void AnalyzeTryParse(OperationAnalysisContext context, CodeSet set, IArgumentOperation argument)
    {
        if (!ConstantValues.TryGetString(argument.Value, out var text) || set.Parses(text))
        {
            return;
        }

        string reason;
        if (text is null)
        {
            reason = "null never parses";
        }
        else
        {
            var trimmed = text.Trim();
            var suggestions = CodeSet.TryParseNumber(trimmed, out var number) ? set.Nearest(number) : set.NearestNames(trimmed);
            reason = Suggestions.Literal(text) + " is not a name, alias or code of " + set.Name + Suggestions.Format(suggestions);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            UsageDiagnostics.AlwaysFalseCheck,
            argument.Value.Syntax.GetLocation(),
            "TryParse(" + Suggestions.Literal(text) + ")",
            reason));
    }

    /// <summary>The argument for the first parameter, wherever named arguments put it; null when it was left to its default.</summary>
    private static IArgumentOperation? FirstArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.ArgumentKind == ArgumentKind.Explicit ? argument : null;
            }
        }

        return null;
    }

    private static bool IsTextParameter(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String
            || (type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Char
                && span.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true });

    /// <summary>
    /// Whether the cast that made this conversion is to the nullable enum: the compiler writes
    /// <c>(HttpStatus?)404</c> as 404 to HttpStatus, wrapped by HttpStatus to HttpStatus? on the same syntax.
    /// </summary>
    private static bool CastsToNullable(IConversionOperation conversion, bool toNullable)
        => toNullable
            || (conversion.Parent is IConversionOperation { Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } } outer
                && outer.Syntax == conversion.Syntax);

    private static ITypeSymbol? Unwrap(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>A number as written: <c>404</c>, <c>-1</c>, <c>(404)</c>, not a named constant or an expression.</summary>
    private static bool IsNumericLiteral(SyntaxNode node)
    {
        while (node is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized.Expression;
        }

        if (node is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression or (int)SyntaxKind.UnaryPlusExpression } unary)
        {
            node = unary.Operand;
        }

        return node.IsKind(SyntaxKind.NumericLiteralExpression);
    }

    private enum CheckKind
    {
        None,
        FromCode,
        IsDefined,
        TryFromCode,
        TryParse,
    }
}

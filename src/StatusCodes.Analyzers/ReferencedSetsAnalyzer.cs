using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// SCG0306 for a project that the package's targets compile without the generator: they found its
/// sets in a referenced assembly (the precompiled sets, or a project reference that vouches for
/// them), wrote the global using themselves and left the generator out, so the finding the generator
/// reports there comes from here, with the same text at the same place. The targets pass the
/// assembly and its namespace (<c>_StatusCodesSetsAssembly</c>, <c>_StatusCodesSetsNamespace</c>);
/// the sets are the generated enums of that namespace, listed as the generator lists them. Any other
/// project registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReferencedSetsAnalyzer : DiagnosticAnalyzer
{
    internal const string SetsAssemblyProperty = "build_property._StatusCodesSetsAssembly";
    internal const string SetsNamespaceProperty = "build_property._StatusCodesSetsNamespace";

    /// <summary>The generator's SCG0306 (DefinitionDiagnostics.SetsFromReference), reported once the compilation is complete.</summary>
    internal static readonly DiagnosticDescriptor SetsFromReference = new(
        "SCG0306",
        DefinitionDiagnostics.SetsFromReference.Title,
        DefinitionDiagnostics.SetsFromReference.MessageFormat,
        DefinitionDiagnostics.SetsFromReference.Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: DefinitionDiagnostics.SetsFromReference.HelpLink,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SetsFromReference);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(static context =>
        {
            var options = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (Get(options, SetsAssemblyProperty) is { } assembly && Get(options, SetsNamespaceProperty) is { } ns)
            {
                Report(context, assembly, ns, Get(options, "build_property.RootNamespace"), Get(options, "build_property._StatusCodesProjectFile"));
            }
        });
    }

    private static void Report(CompilationAnalysisContext context, string assembly, string ns, string? rootNamespace, string? projectFile)
    {
        var sets = SetsIn(context.Compilation, assembly, ns);
        if (sets.Count == 0)
        {
            return;
        }

        // As the targets write it: no global using when the project's namespace is the sets' own.
        var how = string.Equals(rootNamespace, ns, StringComparison.Ordinal) ? string.Empty : "; a generated global using imports " + ns;
        var location = projectFile is null
            ? Location.None
            : Location.Create(projectFile, default, new LinePositionSpan(default, default));
        context.ReportDiagnostic(Diagnostic.Create(SetsFromReference, location, string.Join(", ", sets), assembly, ns, how));
    }

    /// <summary>
    /// The generated sets (an enum with its <c>Extensions</c> class) in <paramref name="ns"/> of the
    /// referenced assembly named <paramref name="assembly"/>: the built-in ones in catalog order, then
    /// the others by name, as the generator lists a provider's sets.
    /// </summary>
    private static List<string> SetsIn(Compilation compilation, string assembly, string ns)
    {
        var sets = new List<string>();
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!string.Equals(reference.Name, assembly, StringComparison.Ordinal) || Find(reference.GlobalNamespace, ns) is not { } found)
            {
                continue;
            }

            var resolver = new CodeSetResolver();
            foreach (var type in found.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Enum && resolver.ForEnum(type) is not null)
                {
                    sets.Add(type.Name);
                }
            }

            break;
        }

        GeneratedTypeNames.SortInCatalogOrder(sets);
        return sets;
    }

    private static INamespaceSymbol? Find(INamespaceSymbol global, string dotted)
    {
        var current = global;
        foreach (var part in dotted.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current.GetNamespaceMembers())
            {
                if (string.Equals(member.Name, part, StringComparison.Ordinal))
                {
                    next = member;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static string? Get(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;
using StatusCodes.Generators.Caching;
using StatusCodes.Generators.Interop;
using StatusCodes.Generators.Diagnostics;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Reuse;

namespace StatusCodes.Generators;

/// <summary>What the outputs of the pipeline do: add a generated text, report findings at their positions.</summary>
public sealed partial class StatusCodesGenerator
{
    /// <summary>Adds the text <paramref name="emit"/> writes from <paramref name="model"/>, which must be all it reads.</summary>
    private static void Emit(SourceProductionContext context, string hintName, object model, Func<string> emit, string what)
    {
        // AddSource is inside: it throws for a hint name that is not unique ignoring case, which the
        // catalog prevents; should it ever happen, it is a finding, not an exception in the compiler.
        try
        {
            context.AddSource(hintName, GeneratorCaches.Texts.GetOrAdd((hintName, model), emit));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(DiagnosticInfo.Create(DefinitionDiagnostics.InternalError, null, what, ex.GetType().Name + ": " + ex.Message)));
        }
    }

    /// <summary>A plan to use a referenced assembly's sets: its finding (SCG0306 or SCG0307) and, when used, the global using.</summary>
    private static void EmitReuse(SourceProductionContext context, ReusePlan plan)
    {
        if (plan.Finding is not null)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(plan.Finding));
        }

        if (plan.Provider is not null && (!plan.Imports.IsEmpty || plan.OwnNamespace is not null))
        {
            Emit(context, ReferencedSetsEmitter.HintName, plan, () => ReferencedSetsEmitter.Emit(plan), ReferencedSetsEmitter.HintName);
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(diagnostic));
        }
    }

    private static void ReportIssues(SourceProductionContext context, EquatableArray<CatalogIssue> issues, ImmutableArray<FileSourceMaps> sourceMaps)
    {
        foreach (var issue in issues)
        {
            var mapsOfFile = issue.Path is null ? null : sourceMaps.FirstOrDefault(a => a.Path == issue.Path)?.SourceMaps;
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(issue.ToDiagnostic(mapsOfFile)));
        }
    }

    /// <summary>A <c>convertible-to</c> entry the compilation cannot serve, at the entry in the file.</summary>
    private static void ReportConversionTargets(SourceProductionContext context, DefinitionParseResult file, EquatableArray<ConversionTarget> targets)
    {
        if (file.Spec is null)
        {
            return;
        }

        foreach (var set in file.Spec.Sets)
        {
            foreach (var typeName in set.ConvertibleTo)
            {
                var target = targets.FirstOrDefault(t => t.TypeName == typeName);
                // A built-in set's conversions are optional: they exist when the project references the type.
                if (target is null || target.Kind == ConversionTargetKind.Enum || (file.Spec.IsBuiltIn && target.Kind == ConversionTargetKind.Missing))
                {
                    continue;
                }

                var location = file.SourceMaps.FirstOrDefault(a => a.Name == set.Name)?.ConvertibleTo.FirstOrDefault(n => n.Name == typeName)?.Location
                    ?? SourceLocation.FileStart(file.Spec.Path);
                var info = target.Kind switch
                {
                    ConversionTargetKind.Missing => DiagnosticInfo.Create(DefinitionDiagnostics.ConversionTypeNotFound, location, typeName, set.Name),
                    ConversionTargetKind.Unsupported => DiagnosticInfo.Create(DefinitionDiagnostics.ConversionTypeNotSupported, location, typeName, set.Name, target.What ?? "not an enum"),
                    _ => DiagnosticInfo.Create(DefinitionDiagnostics.InternalError, location, typeName, target.What ?? "the type could not be read"),
                };
                context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(info));
            }
        }
    }
}

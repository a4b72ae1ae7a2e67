using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Generators.Diagnostics;

/// <summary>Turns the compiler-free <see cref="StatusCodes.Definitions.Diagnostics.DiagnosticInfo"/> into compiler diagnostics, at the output only.</summary>
internal static class DiagnosticReporter
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new(StringComparer.Ordinal);

    public static DiagnosticDescriptor ToDescriptor(DiagnosticDescriptorInfo info)
        => Descriptors.GetOrAdd(info.Id, _ => new DiagnosticDescriptor(
            info.Id,
            info.Title,
            info.MessageFormat,
            info.Category,
            ToSeverity(info.Severity),
            isEnabledByDefault: true,
            helpLinkUri: info.HelpLink));

    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var args = new object[info.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = info.Arguments[i];
        }

        return Diagnostic.Create(ToDescriptor(info.Descriptor), ToLocation(info.Location), args);
    }

    public static Location ToLocation(SourceLocation? location)
    {
        if (location is null)
        {
            return Location.None;
        }

        var span = new TextSpan(location.StartIndex, location.Length);
        var lines = new LinePositionSpan(
            new LinePosition(location.StartLine, location.StartColumn),
            new LinePosition(Math.Max(location.StartLine, location.EndLine), location.EndLine > location.StartLine ? location.EndColumn : Math.Max(location.StartColumn, location.EndColumn)));
        return Location.Create(location.Path, span, lines);
    }

    private static DiagnosticSeverity ToSeverity(DefinitionSeverity severity) => severity switch
    {
        DefinitionSeverity.Error => DiagnosticSeverity.Error,
        DefinitionSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}

using System;
using System.Globalization;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Diagnostics;

/// <summary>
/// A finding as a plain value: it travels through the generator pipeline (and the command-line
/// tool) and becomes a compiler diagnostic only at the output.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptorInfo Descriptor, SourceLocation? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptorInfo descriptor, SourceLocation? location, params string[] arguments)
        => new(descriptor, location, new EquatableArray<string>(arguments));

    public string Id => Descriptor.Id;

    public DefinitionSeverity Severity => Descriptor.Severity;

    /// <summary>The message with its arguments filled in, exactly as the compiler shows it.</summary>
    public string GetMessage()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, args);
    }

    /// <summary>MSBuild's canonical error format: <c>file(line,col): error ID: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DefinitionSeverity.Error => "error",
            DefinitionSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Location is null ? string.Empty : Location + ": ";
        return $"{where}{severity} {Id}: {GetMessage()}";
    }
}

/// <summary>The compiler-free description of one diagnostic ID.</summary>
public sealed record DiagnosticDescriptorInfo(
    string Id,
    string Title,
    string MessageFormat,
    DefinitionSeverity Severity,
    string Category)
{
    public string HelpLink => DiagnosticIds.HelpLinkFor(Id);

    public bool Equals(DiagnosticDescriptorInfo? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}

namespace StatusCodes.Definitions.Diagnostics;

/// <summary>Severity of a definition finding; maps one to one onto the compiler's severities.</summary>
public enum DefinitionSeverity
{
    Info,
    Warning,
    Error,
}

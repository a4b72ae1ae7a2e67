namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// The IDs of the usage diagnostics (the 04xx range) and the names of the properties they carry.
/// Compiled into both the analyzer assembly and the code-fix assembly (as a linked file), so the
/// code fixes never have to load the analyzer assembly to agree with it.
/// </summary>
internal static class UsageDiagnosticIds
{
    public const string UnknownCodeConversion = "SCG0401";
    public const string FromCodeUnknown = "SCG0402";
    public const string AlwaysFalseCheck = "SCG0403";
    public const string NotAnHttpStatusCode = "SCG0404";
    public const string UseNamedMember = "SCG0405";

    /// <summary>The generated enum, as a fully qualified C# type name (<c>global::N.HttpStatus</c>).</summary>
    public const string EnumTypeProperty = "StatusCodes.EnumType";

    /// <summary>Member names to offer, separated by <see cref="Separator"/>: the suggestions, or the one named member.</summary>
    public const string MembersProperty = "StatusCodes.Members";

    /// <summary>The codes of those members, in the same order and with the same separator.</summary>
    public const string CodesProperty = "StatusCodes.Codes";

    /// <summary>Which syntax the fix replaces: one of the <c>Replace*</c> values.</summary>
    public const string ReplaceProperty = "StatusCodes.Replace";

    /// <summary>Replace the node the diagnostic is reported on (a cast to the enum, or an implicitly converted literal).</summary>
    public const string ReplaceNode = "Node";

    /// <summary>Replace only the operand of the reported cast (a cast to the nullable enum keeps its cast).</summary>
    public const string ReplaceCastOperand = "CastOperand";

    /// <summary>Replace the whole <c>FromCode(...)</c> invocation that holds the reported argument.</summary>
    public const string ReplaceInvocation = "Invocation";

    public const char Separator = ';';
}

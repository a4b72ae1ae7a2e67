using StatusCodes.Generators.Reuse;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Writes <c>StatusCodes.ReferencedSets.g.cs</c> for a project that uses a referenced assembly's sets:
/// <c>global using</c> directives for the provider's namespaces, so that code written against the
/// project's own copy (<c>HttpStatus.NotFound.GetTitle()</c> in the project's namespace) compiles
/// unchanged, extension methods included; and the project's own namespace, declared empty, so that
/// a <c>using</c> of it still finds a namespace when nothing else of the project lives there.
/// </summary>
internal static class ReferencedSetsEmitter
{
    public const string HintName = "StatusCodes.ReferencedSets.g.cs";

    public static string Emit(ReusePlan plan)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer);
        writer.Line("// This project uses the status-code sets of the referenced assembly '" + plan.Provider!.Assembly + "' instead of generating its own copy.");
        writer.Line("// Set StatusCodesOwnCopy to true in the project file to generate its own.");
        foreach (var ns in plan.Imports)
        {
            writer.Line("global using global::" + CSharpNames.Namespace(ns) + ";");
        }

        if (plan.OwnNamespace is { } own)
        {
            writer.Line();
            writer.Line("namespace " + CSharpNames.Namespace(own));
            writer.Line("{");
            writer.Line("}");
        }

        return writer.ToString();
    }
}

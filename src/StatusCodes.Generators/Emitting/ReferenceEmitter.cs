using System.Linq;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits <c>GetReference(this {Set})</c>: each code's <c>reference</c> link at run time (for a
/// problem-details <c>type</c>, say), for sets where at least one code has one. A separate file adding
/// to the same <c>static partial class {Set}Extensions</c>, self-contained like the UTF-8 members.
/// </summary>
internal static class ReferenceEmitter
{
    public static string HintName(SetModel set) => set.Namespace + "." + set.Name + ".References.g.cs";

    public static bool HasReferences(SetModel set) => set.Codes.Any(c => c.Reference is not null);

    public static string Emit(SetModel set)
    {
        var w = new SourceWriter();
        GeneratedCode.WriteHeader(w);
        using (w.Block("namespace " + CSharpNames.Namespace(set.Namespace)))
        {
            using (w.Block(GeneratedCode.Accessibility(set.IsPublic) + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(set.Name))))
            {
                w.Line("/// <summary>The code's reference link (where it is specified), or null when the definitions give none or <paramref name=\"value\"/> is not a defined code.</summary>");
                w.Line("public static string? GetReference(this " + CSharpNames.Global(set.Namespace, set.Name) + " value) => (int)value switch");
                w.OpenBrace();
                foreach (var code in set.Codes.Where(c => c.Reference is not null))
                {
                    w.Line(code.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + " => " + CSharpNames.Literal(code.Reference!) + ",");
                }

                w.Line("_ => null,");
                w.CloseBrace(";");
            }
        }

        return w.ToString();
    }
}

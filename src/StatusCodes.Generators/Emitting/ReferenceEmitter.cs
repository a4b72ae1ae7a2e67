using System.Linq;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits <c>GetReference(this {Set})</c>: each code's <c>reference</c> link at run time (for a
/// problem-details <c>type</c>, say), for sets where at least one code has one. A separate file adding
/// to the same <c>static partial class {Set}Extensions</c>. The links are one more text table of the
/// set file (<c>s_references</c>, see <c>SetEmitter.TextTables</c>), so with UTF-8 literals they are
/// stored once as UTF-8 like the other texts; this file reads the table through <c>GetSlot</c>.
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
                using (w.Block("public static string? GetReference(this " + CSharpNames.Global(set.Namespace, set.Name) + " value)"))
                {
                    w.Line("int slot = GetSlot((int)value);");
                    w.Line("return slot >= 0 && s_references[slot].Length != 0 ? s_references[slot] : null;");
                }
            }
        }

        return w.ToString();
    }
}

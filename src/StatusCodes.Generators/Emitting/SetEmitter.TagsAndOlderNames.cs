using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>The tags (<c>Is{Tag}()</c>, <c>Get{Tag}Values()</c>) and the older names (<c>OlderNames</c> and, with C# 14, static extension members) of a set.</summary>
internal sealed partial class SetEmitter
{
    /// <summary>
    /// For each tag: <c>Is{Tag}()</c> as a switch on the code, and <c>Get{Tag}Values()</c> as a view
    /// of a static array through the shared <c>StatusCodeCollection&lt;T&gt;</c>, so neither allocates.
    /// </summary>
    private void WriteTagMembers()
    {
        var t = _type;
        foreach (var tag in _set.Tags)
        {
            var members = tag.Codes.Select(code => t + "." + CSharpNames.Identifier(_set.Codes.First(c => c.Code == code).Name)).ToList();
            _w.Line("private static readonly " + t + "[] s_" + char.ToLowerInvariant(tag.Name[0]) + tag.Name.Substring(1) + "Values = " + (members.Count == 0 ? KnownTypes.Array + ".Empty<" + t + ">();" : "new " + t + "[]"));
            if (members.Count > 0)
            {
                _w.OpenBrace();
                foreach (var member in members)
                {
                    _w.Line(member + ",");
                }

                _w.CloseBrace(";");
            }

            _w.Line();
        }

        foreach (var tag in _set.Tags)
        {
            var title = CSharpNames.XmlText(tag.Titles[0]);
            Doc("Whether <paramref name=\"value\"/> has the tag " + tag.Name + " (" + title + ").");
            if (tag.Codes.IsEmpty)
            {
                _w.Line("public static bool Is" + tag.Name + "(this " + t + " value) => false;");
            }
            else
            {
                _w.Line("public static bool Is" + tag.Name + "(this " + t + " value) => (int)value switch");
                _w.OpenBrace();
                foreach (var code in tag.Codes)
                {
                    _w.Line(CSharpNames.Number(code) + " => true,");
                }

                _w.Line("_ => false,");
                _w.CloseBrace(";");
            }

            _w.Line();
            Doc("The codes with the tag " + tag.Name + " (" + title + "), in code order. Neither the call nor a <c>foreach</c> over the result allocates.");
            _w.Line("public static " + Collection(t) + " Get" + tag.Name + "Values() => new " + Collection(t) + "(s_" + char.ToLowerInvariant(tag.Name[0]) + tag.Name.Substring(1) + "Values);");
            _w.Line();
        }
    }

    private bool HasOlderNames => _set.Codes.Any(c => !c.Aliases.IsEmpty);

    private string OlderNameMessage(CodeModel code, string alias)
        => "Use " + _set.Name + "." + code.Name + " instead: " + alias + " is an older name of code " + CSharpNames.Number(code.Code) + ".";

    /// <summary>
    /// The older names as typed constants (usable in <c>case</c> labels and attributes in every
    /// language version, and read by the analyzers), and from C# 14 as static members of the enum
    /// itself, so that source written against an older name still compiles, with a warning.
    /// </summary>
    private void WriteOlderNames()
    {
        var typeName = CSharpNames.Identifier(_set.Name);
        DocumentationWriter.Summary(
            _w,
            "Older names of <see cref=\"" + typeName + "\"/> codes. They are not members of the enum, so <c>ToString()</c>, <c>Enum.GetName</c> and serializers never write them; <c>TryParse</c> still reads them.",
            escaped: false);
        _w.Line(GeneratedCode.HiddenFromEditor);
        using (_w.Block("public static class " + GeneratedTypeNames.OlderNamesClass))
        {
            WriteOlderNameMembers(".", (alias, value) => "public const " + _type + " " + alias + " = " + value + ";");
        }

        _w.Line();
        if (!_features.HasStaticExtensions)
        {
            return;
        }

        using (_w.Block("extension(" + _type + ")"))
        {
            WriteOlderNameMembers("; not a constant.", (alias, value) => "public static " + _type + " " + alias + " => " + value + ";");
        }

        _w.Line();
    }

    /// <summary>One obsolete member per older name, documented with its code; <paramref name="declaration"/> gets the escaped name and the typed value.</summary>
    private void WriteOlderNameMembers(string summaryEnd, System.Func<string, string, string> declaration)
    {
        var first = true;
        foreach (var code in _set.Codes)
        {
            foreach (var alias in code.Aliases)
            {
                if (!first)
                {
                    _w.Line();
                }

                first = false;
                DocumentationWriter.Summary(_w, "<c>" + CSharpNames.Number(code.Code) + "</c> An older name of <see cref=\"" + _type + "." + CSharpNames.Identifier(code.Name) + "\"/>" + summaryEnd, escaped: false);
                _w.Line("[" + KnownTypes.ObsoleteAttribute + "(" + CSharpNames.Literal(OlderNameMessage(code, alias)) + ")]");
                _w.Line(declaration(CSharpNames.Identifier(alias), "(" + _type + ")" + LiteralOrParenthesized(code.Code)));
            }
        }
    }
}

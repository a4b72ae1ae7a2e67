using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits <c>{Set}JsonConverter</c>, a System.Text.Json converter that goes through the set's own
/// lookups (<c>TryFromCode</c>, <c>TryParse</c>, <c>ToStringFast</c>) and so needs no reflection:
/// safe to trim and to compile ahead of time. Only for compilations that reference
/// System.Text.Json 6 or later (property-name support). The text depends on the set's name,
/// namespace and accessibility only, so editing codes does not re-emit it.
/// </summary>
internal static class JsonEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static string HintName(JsonSetModel set) => set.Namespace + "." + set.Name + ".Json.g.cs";

    public static string Emit(JsonSetModel set)
    {
        var type = CSharpNames.Global(set.Namespace, set.Name);
        var extensions = CSharpNames.Global(set.Namespace, GeneratedTypeNames.ExtensionsClass(set.Name));
        var converter = CSharpNames.Identifier(GeneratedTypeNames.JsonConverterClass(set.Name));
        var reader = "ref " + Json + ".Utf8JsonReader reader";
        var w = new SourceWriter();
        GeneratedCode.WriteHeader(w);
        using (w.Block("namespace " + CSharpNames.Namespace(set.Namespace)))
        {
            w.Line("/// <summary>");
            w.Line("/// Reads and writes <see cref=\"" + type + "\"/> for System.Text.Json without reflection. Writes the code as a");
            w.Line("/// number, or with <c>writeNames: true</c> the canonical name; reads a number, or a string that");
            w.Line("/// <c>TryParse</c> accepts (a name or an older name ignoring case, or a decimal code). Anything");
            w.Line("/// else, and writing an undefined value, throws <see cref=\"" + Json + ".JsonException\"/>.");
            w.Line("/// Dictionary keys (property names) work the same way.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line(GeneratedCode.ExcludeFromCoverage);
            using (w.Block(GeneratedCode.Accessibility(set.IsPublic) + " sealed class " + converter + " : " + Json + ".Serialization.JsonConverter<" + type + ">"))
            {
                w.Line("private readonly bool _writeNames;");
                w.Line();
                w.Line("/// <summary>A converter that writes codes as numbers.</summary>");
                w.Line("public " + converter + "()");
                w.Line("    : this(false)");
                w.OpenBrace();
                w.CloseBrace();
                w.Line();
                w.Line("/// <summary>A converter that writes the canonical name when <paramref name=\"writeNames\"/> is true, else the number.</summary>");
                using (w.Block("public " + converter + "(bool writeNames)"))
                {
                    w.Line("_writeNames = writeNames;");
                }

                w.Line();
                w.Line("/// <inheritdoc/>");
                using (w.Block("public override " + type + " Read(" + reader + ", global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)"))
                {
                    w.Line("if (reader.TokenType == " + Json + ".JsonTokenType.Number)");
                    w.OpenBrace();
                    w.Line("if (reader.TryGetInt32(out int code) && " + extensions + ".TryFromCode(code, out " + type + " value))");
                    w.OpenBrace();
                    w.Line("return value;");
                    w.CloseBrace();
                    w.Line();
                    w.Line("string number = reader.HasValueSequence ? \"a number\" : global::System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray());");
                    w.Line("throw new " + Json + ".JsonException(\"The JSON number \" + number + " + CSharpNames.Literal(" is not a code of " + set.Name + ".") + ");");
                    w.CloseBrace();
                    w.Line();
                    w.Line("if (reader.TokenType == " + Json + ".JsonTokenType.String)");
                    w.OpenBrace();
                    w.Line("return FromText(reader.GetString());");
                    w.CloseBrace();
                    w.Line();
                    w.Line("throw new " + Json + ".JsonException(" + CSharpNames.Literal("A " + set.Name + " is a JSON number or string, not ") + " + TokenName(reader.TokenType) + \".\");");
                }

                w.Line();
                w.Line("/// <inheritdoc/>");
                using (w.Block("public override void Write(" + Json + ".Utf8JsonWriter writer, " + type + " value, " + Json + ".JsonSerializerOptions options)"))
                {
                    w.Line("if (writer is null)");
                    w.OpenBrace();
                    w.Line("throw new global::System.ArgumentNullException(nameof(writer));");
                    w.CloseBrace();
                    w.Line();
                    w.Line("EnsureDefined(value);");
                    w.Line("if (_writeNames)");
                    w.OpenBrace();
                    w.Line("writer.WriteStringValue(" + extensions + ".ToStringFast(value));");
                    w.CloseBrace();
                    w.Line("else");
                    w.OpenBrace();
                    w.Line("writer.WriteNumberValue((int)value);");
                    w.CloseBrace();
                }

                w.Line();
                w.Line("/// <inheritdoc/>");
                w.Line("public override " + type + " ReadAsPropertyName(" + reader + ", global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
                w.Line("    => FromText(reader.GetString());");
                w.Line();
                w.Line("/// <inheritdoc/>");
                using (w.Block("public override void WriteAsPropertyName(" + Json + ".Utf8JsonWriter writer, " + type + " value, " + Json + ".JsonSerializerOptions options)"))
                {
                    w.Line("if (writer is null)");
                    w.OpenBrace();
                    w.Line("throw new global::System.ArgumentNullException(nameof(writer));");
                    w.CloseBrace();
                    w.Line();
                    w.Line("EnsureDefined(value);");
                    w.Line("writer.WritePropertyName(_writeNames ? " + extensions + ".ToStringFast(value) : ((int)value).ToString(" + Invariant + "));");
                }

                w.Line();
                using (w.Block("private static " + type + " FromText(string? text)"))
                {
                    w.Line("if (text != null && " + extensions + ".TryParse(text, out " + type + " value))");
                    w.OpenBrace();
                    w.Line("return value;");
                    w.CloseBrace();
                    w.Line();
                    w.Line("throw new " + Json + ".JsonException(\"The JSON string \\\"\" + text + " + CSharpNames.Literal("\" is not a name or code of " + set.Name + ".") + ");");
                }

                w.Line();
                using (w.Block("private static void EnsureDefined(" + type + " value)"))
                {
                    w.Line("if (!" + extensions + ".IsDefined(value))");
                    w.OpenBrace();
                    w.Line("throw new " + Json + ".JsonException(\"The value \" + ((int)value).ToString(" + Invariant + ") + " + CSharpNames.Literal(" is not a code of " + set.Name + ", so it is not written.") + ");");
                    w.CloseBrace();
                }

                w.Line();
                w.Line("private static string TokenName(" + Json + ".JsonTokenType token) => token switch");
                w.OpenBrace();
                w.Line(Json + ".JsonTokenType.StartObject => \"an object\",");
                w.Line(Json + ".JsonTokenType.StartArray => \"an array\",");
                w.Line(Json + ".JsonTokenType.True => \"true\",");
                w.Line(Json + ".JsonTokenType.False => \"false\",");
                w.Line(Json + ".JsonTokenType.Null => \"null\",");
                w.Line("_ => \"another token\",");
                w.CloseBrace(";");
            }
        }

        return w.ToString();
    }
}

/// <summary>What the JSON converter of one set depends on.</summary>
internal sealed record JsonSetModel(string Namespace, string Name, bool IsPublic);

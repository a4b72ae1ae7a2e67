using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits <c>{Set}JsonConverter</c>, a System.Text.Json converter that goes through the set's own
/// lookups (<c>TryFromCode</c>, <c>TryParse</c>, <c>ToStringFast</c>) and so needs no reflection:
/// safe to trim and to compile ahead of time. Only for compilations that reference
/// System.Text.Json 6 or later (property-name support). Reading and writing live once per
/// compilation in <c>StatusCodeJsonConverter&lt;T&gt;</c> (<see cref="SharedEmitter"/>); each set's
/// converter only names its lookups. The text depends on the set's name, namespace and
/// accessibility only, so editing codes does not re-emit it.
/// </summary>
internal static class JsonEmitter
{
    public static string HintName(JsonSetModel set) => set.Namespace + "." + set.Name + ".Json.g.cs";

    public static string Emit(JsonSetModel set)
    {
        var type = CSharpNames.Global(set.Namespace, set.Name);
        var extensions = CSharpNames.Global(set.Namespace, GeneratedTypeNames.ExtensionsClass(set.Name));
        var converter = CSharpNames.Identifier(GeneratedTypeNames.JsonConverterClass(set.Name));
        var name = CSharpNames.Literal(set.Name);
        var w = new SourceWriter();
        GeneratedCode.WriteHeader(w);
        using (w.Block("namespace " + CSharpNames.Namespace(set.Namespace)))
        {
            w.Lines($$"""
                /// <summary>
                /// Reads and writes <see cref="{{type}}"/> for System.Text.Json without reflection. Writes the code as a
                /// number, or with <c>writeNames: true</c> the canonical name; reads a number, or a string that
                /// <c>TryParse</c> accepts (a name or an older name ignoring case, or a decimal code). Anything
                /// else, and writing an undefined value, throws <see cref="{{KnownTypes.TextJson}}.JsonException"/>.
                /// Dictionary keys (property names) work the same way.
                /// </summary>
                {{GeneratedCode.Attribute}}
                {{GeneratedCode.ExcludeFromCoverage}}
                {{GeneratedCode.Accessibility(set.IsPublic)}} sealed class {{converter}} : {{SharedEmitter.JsonConverter(set.LocaleNamespace, type)}}
                {
                    /// <summary>A converter that writes codes as numbers.</summary>
                    public {{converter}}()
                        : base({{name}}, false)
                    {
                    }

                    /// <summary>A converter that writes the canonical name when <paramref name="writeNames"/> is true, else the number.</summary>
                    public {{converter}}(bool writeNames)
                        : base({{name}}, writeNames)
                    {
                    }

                    private protected override bool TryFromCode(int code, out {{type}} value) => {{extensions}}.TryFromCode(code, out value);

                    private protected override bool TryParse(string text, out {{type}} value) => {{extensions}}.TryParse(text, out value);

                    private protected override bool IsDefined({{type}} value) => {{extensions}}.IsDefined(value);

                    private protected override int ToCode({{type}} value) => (int)value;

                    private protected override string ToName({{type}} value) => {{extensions}}.ToStringFast(value);
                }
                """);
        }

        return w.ToString();
    }
}

/// <summary>What the JSON converter of one set depends on; <paramref name="LocaleNamespace"/> is where the shared base class is.</summary>
internal sealed record JsonSetModel(string Namespace, string Name, bool IsPublic, string LocaleNamespace);

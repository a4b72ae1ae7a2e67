using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary><c>StatusCodeJsonConverter&lt;T&gt;</c>, the base every set's System.Text.Json converter derives from.</summary>
internal sealed partial class SharedEmitter
{
    // The messages name the set, as each set's own converter used to; a set's converter passes its name in.
    private void WriteJsonConverter()
    {
        var access = GeneratedCode.Accessibility(_model.IsPublic);
        var name = GeneratedTypeNames.JsonConverterBase;
        _w.Lines($$"""
            /// <summary>
            /// What every generated <c>{Set}JsonConverter</c> does, through the set's own lookups and without
            /// reflection: writes the code as a number, or the canonical name; reads a number, or a string that
            /// the set's <c>TryParse</c> accepts. Anything else, and writing an undefined value, throws
            /// <see cref="{{KnownTypes.TextJson}}.JsonException"/>. Only the generated converters derive from it.
            /// </summary>
            /// <typeparam name="T">A generated status-code enum.</typeparam>
            {{GeneratedCode.Attribute}}
            {{GeneratedCode.ExcludeFromCoverage}}
            {{access}} abstract class {{name}}<T> : {{KnownTypes.TextJson}}.Serialization.JsonConverter<T>
                where T : struct
            {
                private readonly string _setName;
                private readonly bool _writeNames;

                private protected {{name}}(string setName, bool writeNames)
                {
                    _setName = setName;
                    _writeNames = writeNames;
                }

                private protected abstract bool TryFromCode(int code, out T value);

                private protected abstract bool TryParse(string text, out T value);

                private protected abstract bool IsDefined(T value);

                private protected abstract int ToCode(T value);

                private protected abstract string ToName(T value);

                /// <inheritdoc/>
                public override T Read(ref {{KnownTypes.TextJson}}.Utf8JsonReader reader, {{KnownTypes.Type}} typeToConvert, {{KnownTypes.TextJson}}.JsonSerializerOptions options)
                {
                    if (reader.TokenType == {{KnownTypes.TextJson}}.JsonTokenType.Number)
                    {
                        if (reader.TryGetInt32(out int code) && TryFromCode(code, out T value))
                        {
                            return value;
                        }

                        string number = reader.HasValueSequence ? "a number" : {{KnownTypes.Encoding}}.UTF8.GetString(reader.ValueSpan.ToArray());
                        throw new {{KnownTypes.TextJson}}.JsonException("The JSON number " + number + " is not a code of " + _setName + ".");
                    }

                    if (reader.TokenType == {{KnownTypes.TextJson}}.JsonTokenType.String)
                    {
                        return FromText(reader.GetString());
                    }

                    throw new {{KnownTypes.TextJson}}.JsonException("A " + _setName + " is a JSON number or string, not " + TokenName(reader.TokenType) + ".");
                }

                /// <inheritdoc/>
                public override void Write({{KnownTypes.TextJson}}.Utf8JsonWriter writer, T value, {{KnownTypes.TextJson}}.JsonSerializerOptions options)
                {
                    if (writer is null)
                    {
                        throw new {{KnownTypes.ArgumentNullException}}(nameof(writer));
                    }

                    EnsureDefined(value);
                    if (_writeNames)
                    {
                        writer.WriteStringValue(ToName(value));
                    }
                    else
                    {
                        writer.WriteNumberValue(ToCode(value));
                    }
                }

                /// <inheritdoc/>
                public override T ReadAsPropertyName(ref {{KnownTypes.TextJson}}.Utf8JsonReader reader, {{KnownTypes.Type}} typeToConvert, {{KnownTypes.TextJson}}.JsonSerializerOptions options)
                    => FromText(reader.GetString());

                /// <inheritdoc/>
                public override void WriteAsPropertyName({{KnownTypes.TextJson}}.Utf8JsonWriter writer, T value, {{KnownTypes.TextJson}}.JsonSerializerOptions options)
                {
                    if (writer is null)
                    {
                        throw new {{KnownTypes.ArgumentNullException}}(nameof(writer));
                    }

                    EnsureDefined(value);
                    writer.WritePropertyName(_writeNames ? ToName(value) : ToCode(value).ToString({{KnownTypes.CultureInfo}}.InvariantCulture));
                }

                private T FromText(string? text)
                {
                    if (text != null && TryParse(text, out T value))
                    {
                        return value;
                    }

                    throw new {{KnownTypes.TextJson}}.JsonException("The JSON string \"" + text + "\" is not a name or code of " + _setName + ".");
                }

                private void EnsureDefined(T value)
                {
                    if (!IsDefined(value))
                    {
                        throw new {{KnownTypes.TextJson}}.JsonException("The value " + ToCode(value).ToString({{KnownTypes.CultureInfo}}.InvariantCulture) + " is not a code of " + _setName + ", so it is not written.");
                    }
                }

                private static string TokenName({{KnownTypes.TextJson}}.JsonTokenType token) => token switch
                {
                    {{KnownTypes.TextJson}}.JsonTokenType.StartObject => "an object",
                    {{KnownTypes.TextJson}}.JsonTokenType.StartArray => "an array",
                    {{KnownTypes.TextJson}}.JsonTokenType.True => "true",
                    {{KnownTypes.TextJson}}.JsonTokenType.False => "false",
                    {{KnownTypes.TextJson}}.JsonTokenType.Null => "null",
                    _ => "another token",
                };
            }
            """);
    }
}

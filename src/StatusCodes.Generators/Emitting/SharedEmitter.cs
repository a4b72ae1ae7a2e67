using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// What the shared file of a compilation needs to know: where it goes, how visible it is, what the
/// language offers, whether any set has the direct layout (the only user of <c>ByCode</c>) and
/// whether the sets get JSON converters (which derive from <c>StatusCodeJsonConverter&lt;T&gt;</c>).
/// </summary>
internal sealed record SharedHelpersModel(string Namespace, bool IsPublic, EmitFeatures Features, bool HasDirectLayout, bool HasJson);

/// <summary>
/// Emits, once per compilation, the code every set would otherwise repeat in its extensions class:
/// <c>StatusCodeCollection&lt;T&gt;</c>, the list type that <c>GetValues()</c>, <c>GetNames()</c> and
/// <c>Get{Tag}Values()</c> return, <c>StatusCodeTables</c>, the internal helpers that decode the
/// UTF-8 texts, build the per-code tables and parse numbers, and, with System.Text.Json,
/// <c>StatusCodeJsonConverter&lt;T&gt;</c>, the base of every set's converter. Each set's class
/// keeps its data and passes it in. <see cref="SetEmitter"/> and <see cref="JsonEmitter"/> call
/// these members by the names and signatures written here: a change to one side must change the other.
/// </summary>
internal sealed partial class SharedEmitter
{
    private readonly SharedHelpersModel _model;
    private readonly SourceWriter _w = new();

    private SharedEmitter(SharedHelpersModel model) => _model = model;

    public static string HintName(SharedHelpersModel model) => model.Namespace + "." + GeneratedTypeNames.TablesClass + ".g.cs";

    /// <summary>The global name of the collection type for elements of type <paramref name="element"/>.</summary>
    public static string Collection(string @namespace, string element) => CSharpNames.Global(@namespace, GeneratedTypeNames.CollectionStruct) + "<" + element + ">";

    /// <summary>The global name of the helper class, to which a member name is appended.</summary>
    public static string Tables(string @namespace) => CSharpNames.Global(@namespace, GeneratedTypeNames.TablesClass);

    /// <summary>The global name of the JSON converter base for the enum <paramref name="type"/>.</summary>
    public static string JsonConverter(string @namespace, string type) => CSharpNames.Global(@namespace, GeneratedTypeNames.JsonConverterBase) + "<" + type + ">";

    public static string Emit(SharedHelpersModel model) => new SharedEmitter(model).Emit();

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_model.Namespace)))
        {
            WriteCollection();
            _w.Line();
            WriteTables();
            if (_model.HasJson)
            {
                _w.Line();
                WriteJsonConverter();
            }
        }

        return _w.ToString();
    }

    // The enumerator normalizes a missing array to an empty one when it starts, so MoveNext tests
    // only the index: default(StatusCodeCollection<T>) is an empty list, not a NullReferenceException.
    private void WriteCollection()
    {
        var access = GeneratedCode.Accessibility(_model.IsPublic);
        _w.Lines($$"""
            /// <summary>
            /// A read-only list of status codes or of their names, in code order: a view of an array the
            /// generated code never changes. <c>foreach</c> binds to the struct enumerator and allocates
            /// nothing; LINQ and <c>IReadOnlyList&lt;T&gt;</c> parameters work through the interface.
            /// The default value is an empty list.
            /// </summary>
            /// <typeparam name="T">A generated status-code enum, or <see cref="string"/> for the names.</typeparam>
            {{GeneratedCode.Attribute}}
            {{GeneratedCode.ExcludeFromCoverage}}
            {{access}} readonly struct {{GeneratedTypeNames.CollectionStruct}}<T> : {{KnownTypes.IReadOnlyList}}<T>
            {
                private readonly T[]? _items;

                internal {{GeneratedTypeNames.CollectionStruct}}(T[] items) => _items = items;

                /// <summary>The number of items.</summary>
                public int Count => _items is null ? 0 : _items.Length;

                /// <summary>The item at <paramref name="index"/>.</summary>
                /// <exception cref="global::System.IndexOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
                public T this[int index] => (_items ?? {{KnownTypes.Array}}.Empty<T>())[index];

                /// <summary>An enumerator that is a struct, so <c>foreach</c> allocates nothing.</summary>
                public Enumerator GetEnumerator() => new Enumerator(_items ?? {{KnownTypes.Array}}.Empty<T>());

                global::System.Collections.Generic.IEnumerator<T> global::System.Collections.Generic.IEnumerable<T>.GetEnumerator() => GetEnumerator();

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

                /// <summary>Enumerates the items; it starts before the first.</summary>
                public struct Enumerator : global::System.Collections.Generic.IEnumerator<T>
                {
                    private readonly T[] _items;

                    // The index of Current plus one, so that a new enumerator starts before the first item.
                    private int _next;

                    internal Enumerator(T[] items)
                    {
                        _items = items;
                        _next = 0;
                    }

                    /// <summary>The current item.</summary>
                    public T Current => _items[_next - 1];

                    object? global::System.Collections.IEnumerator.Current => Current;

                    /// <summary>Moves to the next item; false after the last.</summary>
                    public bool MoveNext()
                    {
                        if (_next < _items.Length)
                        {
                            _next++;
                            return true;
                        }

                        return false;
                    }

                    /// <summary>Starts again before the first item.</summary>
                    public void Reset() => _next = 0;

                    /// <summary>Does nothing: the enumerator holds no resources.</summary>
                    public void Dispose()
                    {
                    }
                }
            }
            """);
    }

    private void WriteTables()
    {
        _w.Lines($$"""
            /// <summary>The work every set's extensions class shares; each passes its own data in.</summary>
            {{GeneratedCode.Attribute}}
            {{GeneratedCode.ExcludeFromCoverage}}
            {{GeneratedCode.HiddenFromEditor}}
            internal static class {{GeneratedTypeNames.TablesClass}}
            {
            """);
        _w.Indent();
        var features = _model.Features;
        if (features.HasUtf8Literals)
        {
            WriteUtf8Helpers();
            _w.Line();
        }

        if (_model.HasDirectLayout)
        {
            WriteByCode();
            _w.Line();
        }

        WriteParseNumber(features.HasSpan ? KnownTypes.CharSpan : "string");
        _w.Unindent();
        _w.Line("}");
    }

    // A set's texts are the lines of one UTF-8 literal; ends[i] is the offset of the line break after text i.
    private void WriteUtf8Helpers()
    {
        _w.Lines($$"""
            /// <summary>Where each of the first <paramref name="count"/> texts of <paramref name="texts"/> ends: at its line break, the last at the end of the data.</summary>
            internal static int[] Ends({{KnownTypes.ByteSpan}} texts, int count)
            {
                int[] ends = new int[count];
                int end = -1;
                for (int i = 0; i < count; i++)
                {
                    int length = {{KnownTypes.MemoryExtensions}}.IndexOf(texts.Slice(end + 1), (byte)'\n');
                    end = length < 0 ? texts.Length : end + 1 + length;
                    ends[i] = end;
                }

                return ends;
            }

            /// <summary>Texts <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of <paramref name="texts"/> as strings.</summary>
            internal static string[] Decode({{KnownTypes.ByteSpan}} texts, int[] ends, int first, int count)
            {
                string[] decoded = new string[count];
                if (count == 0)
                {
                    return decoded;
                }

                int start = first == 0 ? 0 : ends[first - 1] + 1;
                byte[] bytes = texts.Slice(start, ends[first + count - 1] - start).ToArray();
                for (int i = 0, from = 0; i < count; i++)
                {
                    int to = ends[first + i] - start;
                    decoded[i] = {{KnownTypes.Encoding}}.UTF8.GetString(bytes, from, to - from);
                    from = to + 1;
                }

                return decoded;
            }

            /// <summary>Text <paramref name="index"/> of <paramref name="texts"/>.</summary>
            internal static {{KnownTypes.ByteSpan}} Text({{KnownTypes.ByteSpan}} texts, int[] ends, int index)
            {
                int start = index == 0 ? 0 : ends[index - 1] + 1;
                return texts.Slice(start, ends[index] - start);
            }
            """);
    }

    // Runs once per table when a set's type initializes; the delegates are the set's GetSlot and GetCategoryIndex.
    private void WriteByCode()
    {
        _w.Lines("""
            /// <summary>
            /// A per-code copy of a compact table (<paramref name="rows"/> rows of <paramref name="columns"/>
            /// slots): row-major, <paramref name="range"/> columns for the codes from <paramref name="minCode"/>.
            /// Where no code is defined it holds the covering category's text, or the empty string.
            /// </summary>
            internal static string[] ByCode(string[] texts, int rows, int columns, int minCode, int range, global::System.Func<int, int> getSlot, string[]? categoryTexts, int categoryColumns, global::System.Func<int, int>? getCategoryIndex)
            {
                string[] table = new string[rows * range];
                for (int offset = 0; offset < range; offset++)
                {
                    int slot = getSlot(minCode + offset);
                    int category = slot < 0 && categoryTexts != null && getCategoryIndex != null ? getCategoryIndex(minCode + offset) : -1;
                    for (int row = 0; row < rows; row++)
                    {
                        table[(row * range) + offset] = slot >= 0
                            ? texts[(row * columns) + slot]
                            : category >= 0 ? categoryTexts![(row * categoryColumns) + category] : string.Empty;
                    }
                }

                return table;
            }
            """);
    }

    private void WriteParseNumber(string parameterType)
    {
        _w.Lines($$"""
            /// <summary>An optionally signed decimal number that fits in <see cref="int"/>, without white space.</summary>
            internal static bool TryParseNumber({{parameterType}} text, out int code)
            {
                code = 0;
                if (text.Length == 0 || text.Length > 11)
                {
                    return false;
                }

                int start = text[0] == '-' || text[0] == '+' ? 1 : 0;
                if (start == text.Length)
                {
                    return false;
                }

                long number = 0;
                for (int i = start; i < text.Length; i++)
                {
                    int digit = text[i] - '0';
                    if ((uint)digit > 9)
                    {
                        return false;
                    }

                    number = (number * 10) + digit;
                }

                if (text[0] == '-')
                {
                    number = -number;
                }

                if (number < int.MinValue || number > int.MaxValue)
                {
                    return false;
                }

                code = (int)number;
                return true;
            }
            """);
    }
}

using System.Collections.Generic;
using System.Linq;

namespace StatusCodes.Generators.Emitting;

/// <summary>Names, values and parsing: <c>ToStringFast</c>, <c>IsDefined</c>, <c>FromCode</c>, the value and name collections, <c>TryParse</c>.</summary>
internal sealed partial class SetEmitter
{
    // public readonly struct ValueCollection : IReadOnlyList<S>
    // {
    //     public int Count => s_values.Length;
    //     public S this[int index] => s_values[index];
    //     public Enumerator GetEnumerator() => default;   // foreach binds to this: no boxing
    //     public struct Enumerator : IEnumerator<S> { ... }
    // }
    /// <summary>
    /// A read-only view of one static array as a struct, with a struct enumerator: <c>foreach</c>
    /// binds to the public <c>GetEnumerator()</c> and allocates nothing, while the interface keeps
    /// LINQ and <c>IReadOnlyList&lt;T&gt;</c> parameters working (those box, as any struct does).
    /// </summary>
    private void WriteCollection(string name, string element, string array, string what)
    {
        var list = "global::System.Collections.Generic.IReadOnlyList<" + element + ">";
        Doc("The " + what + " in code order: a view of a static array. <c>foreach</c> over it allocates nothing.");
        _w.Line("public readonly struct " + name + " : " + list);
        _w.OpenBrace();
        Doc("The number of codes.");
        _w.Line("public int Count => " + array + ".Length;");
        _w.Line();
        Doc("The item at <paramref name=\"index\"/>.", "<exception cref=\"global::System.IndexOutOfRangeException\"><paramref name=\"index\"/> is negative or not less than <see cref=\"Count\"/>.</exception>");
        _w.Line("public " + element + " this[int index] => " + array + "[index];");
        _w.Line();
        Doc("An enumerator that is a struct, so <c>foreach</c> allocates nothing.");
        _w.Line("public Enumerator GetEnumerator() => default;");
        _w.Line();
        _w.Line("global::System.Collections.Generic.IEnumerator<" + element + "> global::System.Collections.Generic.IEnumerable<" + element + ">.GetEnumerator() => default(Enumerator);");
        _w.Line();
        _w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => default(Enumerator);");
        _w.Line();
        Doc("Enumerates the " + what + "; the default value starts before the first.");
        _w.Line("public struct Enumerator : global::System.Collections.Generic.IEnumerator<" + element + ">");
        _w.OpenBrace();
        _w.Line("// The index of Current plus one, so that default(Enumerator) is a fresh enumerator.");
        _w.Line("private int _next;");
        _w.Line();
        WriteEnumeratorMembers(element, array + "[_next - 1]", "_next < " + array + ".Length", "item");
        _w.CloseBrace();
        _w.Line();
    }

    /// <summary>
    /// A struct enumerator's members, from <c>Current</c> to <c>Dispose</c>, and the brace that
    /// closes it; <paramref name="noun"/> names an element in the doc comments.
    /// </summary>
    private void WriteEnumeratorMembers(string element, string current, string hasNext, string noun)
    {
        Doc("The current " + noun + ".");
        _w.Line("public " + element + " Current => " + current + ";");
        _w.Line();
        _w.Line("object global::System.Collections.IEnumerator.Current => Current;");
        _w.Line();
        Doc("Moves to the next " + noun + "; false after the last.");
        using (_w.Block("public bool MoveNext()"))
        {
            _w.Line("if (" + hasNext + ")");
            _w.OpenBrace();
            _w.Line("_next++;");
            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("return false;");
        }

        _w.Line();
        Doc("Starts again before the first " + noun + ".");
        _w.Line("public void Reset() => _next = 0;");
        _w.Line();
        Doc("Does nothing: the enumerator holds no resources.");
        _w.Line("public void Dispose()");
        _w.OpenBrace();
        _w.CloseBrace();
        _w.CloseBrace();
    }

    private void WriteNameMembers()
    {
        var t = _type;
        Doc("The member name of <paramref name=\"value\"/>, or its number in invariant digits when it is not a defined code.");
        using (_w.Block("public static string ToStringFast(this " + t + " value)"))
        {
            if (_layout.IsDirect)
            {
                WriteDirectOffset("(int)value");
                _w.Line("string name = offset < (uint)s_namesByCode.Length ? s_namesByCode[offset] : string.Empty;");
                _w.Line("return name.Length != 0 ? name : ((int)value).ToString(" + CultureInfo + ".InvariantCulture);");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                _w.Line("return slot >= 0 ? s_names[slot] : ((int)value).ToString(" + CultureInfo + ".InvariantCulture);");
            }
        }

        _w.Line();
        Doc("Whether <paramref name=\"value\"/> is a defined code.");
        _w.Line("public static bool IsDefined(this " + t + " value) => GetSlot((int)value) >= 0;");
        _w.Line();
        Doc("Whether <paramref name=\"code\"/> is a defined code.");
        _w.Line("public static bool IsDefined(int code) => GetSlot(code) >= 0;");
        _w.Line();
        Doc("Converts a defined code; returns false for any other number.");
        using (_w.Block("public static bool TryFromCode(int code, out " + t + " value)"))
        {
            _w.Line("value = (" + t + ")code;");
            _w.Line("if (GetSlot(code) >= 0)");
            _w.OpenBrace();
            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("value = default;");
            _w.Line("return false;");
        }

        _w.Line();
        Doc("Converts a defined code.", "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"code\"/> is not a defined code.</exception>");
        _w.Line("public static " + t + " FromCode(int code) => GetSlot(code) >= 0");
        _w.Line("    ? (" + t + ")code");
        _w.Line("    : throw new global::System.ArgumentOutOfRangeException(nameof(code), code, " + CSharpNames.Literal("The code is not defined in " + _set.Name + ".") + ");");
        _w.Line();
        WriteCollection("ValueCollection", t, "s_values", "defined codes");
        WriteCollection("NameCollection", "string", "s_names", "member names");
        Doc("The defined codes in ascending order. Neither the call nor a <c>foreach</c> over the result allocates.");
        _w.Line("public static ValueCollection GetValues() => default;");
        _w.Line();
        Doc("The member names (canonical names, no older ones), in the order of <see cref=\"GetValues\"/>. Neither the call nor a <c>foreach</c> over the result allocates.");
        _w.Line("public static NameCollection GetNames() => default;");
        _w.Line();
        Doc("The invariant reason phrase (for example for an HTTP status line), or the empty string when <paramref name=\"value\"/> is not a defined code.");
        using (_w.Block("public static string GetReasonPhrase(this " + t + " value)"))
        {
            if (_layout.IsDirect)
            {
                WriteDirectOffset("(int)value");
                _w.Line("return offset < (uint)s_reasonsByCode.Length ? s_reasonsByCode[offset] : string.Empty;");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                _w.Line("return slot >= 0 ? s_reasons[slot] : string.Empty;");
            }
        }

        _w.Line();
    }

    private void WriteParseMembers()
    {
        var t = _type;
        var names = new List<(string Name, int Code)>();
        foreach (var code in _set.Codes)
        {
            names.Add((code.Name, code.Code));
            names.AddRange(code.Aliases.Select(a => (a, code.Code)));
        }

        Doc("Parses a member name or alias (ignoring case) or a decimal code; surrounding white space is ignored. Only defined codes parse.");
        if (_features.HasSpan)
        {
            using (_w.Block("public static bool TryParse(string? text, out " + t + " value)"))
            {
                _w.Line("if (text is null)");
                _w.OpenBrace();
                _w.Line("value = default;");
                _w.Line("return false;");
                _w.CloseBrace();
                _w.Line();
                _w.Line("return TryParse(" + Memory + ".AsSpan(text), out value);");
            }

            _w.Line();
            Doc("Parses a member name or alias (ignoring case) or a decimal code; surrounding white space is ignored. Only defined codes parse.");
            WriteTryParseBody(Span, Memory + ".Trim(text)");
            _w.Line();
            WriteFindName(Span, names, literal => Memory + ".Equals(text, " + Memory + ".AsSpan(" + literal + "), " + IgnoreCase + ")");
            WriteParseNumber(Span);
        }
        else
        {
            WriteTryParseBody("string?", "text?.Trim()");
            _w.Line();
            WriteFindName("string", names, literal => "string.Equals(text, " + literal + ", " + IgnoreCase + ")");
            WriteParseNumber("string");
        }
    }

    private void WriteTryParseBody(string parameterType, string trim)
    {
        using (_w.Block("public static bool TryParse(" + parameterType + " text, out " + _type + " value)"))
        {
            if (parameterType == "string?")
            {
                _w.Line("if (text is null)");
                _w.OpenBrace();
                _w.Line("value = default;");
                _w.Line("return false;");
                _w.CloseBrace();
                _w.Line();
                _w.Line("text = text.Trim();");
            }
            else
            {
                _w.Line("text = " + trim + ";");
            }

            _w.Line("if (TryFindName(text, out int code) || (TryParseNumber(text, out code) && GetSlot(code) >= 0))");
            _w.OpenBrace();
            _w.Line("value = (" + _type + ")code;");
            _w.Line("return true;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("value = default;");
            _w.Line("return false;");
        }
    }

    private void WriteFindName(string parameterType, List<(string Name, int Code)> names, System.Func<string, string> equals)
    {
        using (_w.Block("private static bool TryFindName(" + parameterType + " text, out int code)"))
        {
            // A set without codes has no names to find, and an empty switch is a warning (CS1522).
            if (names.Count > 0)
            {
                WriteNameSwitch(names, equals);
                _w.Line();
            }

            _w.Line("code = 0;");
            _w.Line("return false;");
        }

        _w.Line();
    }

    private void WriteNameSwitch(List<(string Name, int Code)> names, System.Func<string, string> equals)
    {
        using (_w.Block("switch (text.Length)"))
        {
            foreach (var byLength in names.GroupBy(n => n.Name.Length).OrderBy(g => g.Key))
            {
                _w.Line("case " + Format(byLength.Key) + ":");
                _w.OpenBrace();
                foreach (var (name, code) in byLength)
                {
                    _w.Line("if (" + equals(CSharpNames.Literal(name)) + ")");
                    _w.OpenBrace();
                    _w.Line("code = " + Format(code) + ";");
                    _w.Line("return true;");
                    _w.CloseBrace();
                    _w.Line();
                }

                _w.Line("break;");
                _w.CloseBrace();
            }
        }
    }

    private void WriteParseNumber(string parameterType)
    {
        using (_w.Block("private static bool TryParseNumber(" + parameterType + " text, out int code)"))
        {
            _w.Line("code = 0;");
            _w.Line("if (text.Length == 0 || text.Length > 11)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("int start = text[0] == '-' || text[0] == '+' ? 1 : 0;");
            _w.Line("if (start == text.Length)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("long number = 0;");
            _w.Line("for (int i = start; i < text.Length; i++)");
            _w.OpenBrace();
            _w.Line("int digit = text[i] - '0';");
            _w.Line("if ((uint)digit > 9)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("number = (number * 10) + digit;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("if (text[0] == '-')");
            _w.OpenBrace();
            _w.Line("number = -number;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("if (number < int.MinValue || number > int.MaxValue)");
            _w.OpenBrace();
            _w.Line("return false;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("code = (int)number;");
            _w.Line("return true;");
        }

        _w.Line();
    }
}

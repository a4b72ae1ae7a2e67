using System.Collections.Generic;
using System.Linq;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Names, values and parsing: <c>ToStringFast</c>, <c>IsDefined</c>, <c>FromCode</c>,
/// <c>GetValues</c> and <c>GetNames</c> (views of the set's arrays through the shared
/// <c>StatusCodeCollection&lt;T&gt;</c>), <c>TryParse</c>.
/// </summary>
internal sealed partial class SetEmitter
{
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
                _w.Line("return name.Length != 0 ? name : ((int)value).ToString(" + KnownTypes.CultureInfo + ".InvariantCulture);");
            }
            else
            {
                _w.Line("int slot = GetSlot((int)value);");
                _w.Line("return slot >= 0 ? s_names[slot] : ((int)value).ToString(" + KnownTypes.CultureInfo + ".InvariantCulture);");
            }
        }

        _w.Line();
        Doc("Whether <paramref name=\"value\"/> is a defined code.");
        _w.Line("public static bool IsDefined(this " + t + " value) => GetSlot((int)value) >= 0;");
        _w.Line();
        Doc("Whether <paramref name=\"code\"/> is a defined code.");
        _w.Line("public static bool IsDefined(int code) => GetSlot(code) >= 0;");
        _w.Line();
        _w.Lines($$"""
            /// <summary>Converts a defined code; returns false for any other number.</summary>
            public static bool TryFromCode(int code, out {{t}} value)
            {
                value = ({{t}})code;
                if (GetSlot(code) >= 0)
                {
                    return true;
                }

                value = default;
                return false;
            }

            /// <summary>Converts a defined code.</summary>
            /// <exception cref="{{KnownTypes.ArgumentOutOfRangeException}}"><paramref name="code"/> is not a defined code.</exception>
            public static {{t}} FromCode(int code) => GetSlot(code) >= 0
                ? ({{t}})code
                : throw new {{KnownTypes.ArgumentOutOfRangeException}}(nameof(code), code, {{CSharpNames.Literal("The code is not defined in " + _set.Name + ".")}});

            """);
        Doc("The defined codes in ascending order. Neither the call nor a <c>foreach</c> over the result allocates.");
        _w.Line("public static " + Collection(t) + " GetValues() => new " + Collection(t) + "(s_values);");
        _w.Line();
        Doc("The member names (canonical names, no older ones), in the order of <see cref=\"GetValues\"/>. Neither the call nor a <c>foreach</c> over the result allocates.");
        _w.Line("public static " + Collection("string") + " GetNames() => new " + Collection("string") + "(s_names);");
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
                WriteNullTextGuard();
                _w.Line("return TryParse(" + KnownTypes.MemoryExtensions + ".AsSpan(text), out value);");
            }

            _w.Line();
            Doc("Parses a member name or alias (ignoring case) or a decimal code; surrounding white space is ignored. Only defined codes parse.");
            WriteTryParseBody(KnownTypes.CharSpan, KnownTypes.MemoryExtensions + ".Trim(text)");
            _w.Line();
            WriteFindName(KnownTypes.CharSpan, names, literal => KnownTypes.MemoryExtensions + ".Equals(text, " + KnownTypes.MemoryExtensions + ".AsSpan(" + literal + "), " + KnownTypes.OrdinalIgnoreCase + ")");
        }
        else
        {
            WriteTryParseBody("string?", "text?.Trim()");
            _w.Line();
            WriteFindName("string", names, literal => "string.Equals(text, " + literal + ", " + KnownTypes.OrdinalIgnoreCase + ")");
        }
    }

    /// <summary>A <c>TryParse</c> of a string starts by refusing null.</summary>
    private void WriteNullTextGuard()
    {
        _w.Lines("""
            if (text is null)
            {
                value = default;
                return false;
            }

            """);
    }

    private void WriteTryParseBody(string parameterType, string trim)
    {
        using (_w.Block("public static bool TryParse(" + parameterType + " text, out " + _type + " value)"))
        {
            if (parameterType == "string?")
            {
                WriteNullTextGuard();
                _w.Line("text = text.Trim();");
            }
            else
            {
                _w.Line("text = " + trim + ";");
            }

            _w.Lines($$"""
                if (TryFindName(text, out int code) || ({{_tables}}.TryParseNumber(text, out code) && GetSlot(code) >= 0))
                {
                    value = ({{_type}})code;
                    return true;
                }

                value = default;
                return false;
                """);
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

    // Shape: switch (text.Length) { case 8: if (Equals(text, "NotFound")) { code = 404; return true; } ... break; },
    // so a text is compared only with the names of its length.
    private void WriteNameSwitch(List<(string Name, int Code)> names, System.Func<string, string> equals)
    {
        using (_w.Block("switch (text.Length)"))
        {
            foreach (var byLength in names.GroupBy(n => n.Name.Length).OrderBy(g => g.Key))
            {
                _w.Line("case " + CSharpNames.Number(byLength.Key) + ":");
                _w.OpenBrace();
                foreach (var (name, code) in byLength)
                {
                    _w.Line("if (" + equals(CSharpNames.Literal(name)) + ")");
                    _w.OpenBrace();
                    _w.Line("code = " + CSharpNames.Number(code) + ";");
                    _w.Line("return true;");
                    _w.CloseBrace();
                    _w.Line();
                }

                _w.Line("break;");
                _w.CloseBrace();
            }
        }
    }
}

using System.Linq;

namespace StatusCodes.Generators.Emitting;

/// <summary>Code to slot: the direct, dense and sparse shapes chosen by <see cref="SlotLayout"/>.</summary>
internal sealed partial class SetEmitter
{
    private void WriteSlotLookup()
    {
        if (_layout.IsDense)
        {
            _w.Line("private const int MinCode = " + CSharpNames.Number(_layout.Min) + ";");
            _w.Line();
            // Built from s_values like the sparse layout's table: as data in the assembly it would cost
            // a byte or two per number in the range, and a field and a type of its own.
            var element = _layout.ElementType;
            _w.Line("// (code - MinCode) -> slot + 1; 0 where no code is defined.");
            _w.Line("private static readonly " + element + "[] s_slots = BuildSlots();");
            _w.Line();
            using (_w.Block("private static " + element + "[] BuildSlots()"))
            {
                _w.Line(element + "[] slots = new " + element + "[" + CSharpNames.Number((int)_layout.Range) + "];");
                _w.Line("for (int slot = 0; slot < Count; slot++)");
                _w.OpenBrace();
                _w.Line("slots[(int)s_values[slot] - MinCode] = (" + element + ")(slot + 1);");
                _w.CloseBrace();
                _w.Line();
                _w.Line("return slots;");
            }

            _w.Line();
            using (_w.Block("private static int GetSlot(int code)"))
            {
                _w.Line("uint offset = unchecked((uint)(code - MinCode));");
                _w.Line("return offset < (uint)s_slots.Length ? s_slots[offset] - 1 : -1;");
            }

            if (_layout.IsDirect)
            {
                _w.Line();
                WriteDirectTables();
            }
        }
        else
        {
            WriteHashLookup();
        }

        _w.Line();
        _w.Line("private static int GetLocaleRow(" + _locale + " locale) => (uint)locale < LocaleCount ? (int)locale : 0;");
        _w.Line();
    }

    /// <summary>
    /// The sparse layout: an open-addressing table of the codes, built when the type initializes
    /// from <c>s_values</c> (so the source lists each code once). At most a quarter full, so a
    /// search nearly always ends at its first entry; the table has a power-of-two size, and a code's
    /// first entry is the top bits of a multiplicative hash.
    /// </summary>
    private void WriteHashLookup()
    {
        var element = _layout.ElementType;
        _w.Line("private const int HashShift = " + CSharpNames.Number(32 - _layout.HashBits) + ";");
        _w.Line("private const int HashMask = " + CSharpNames.Number((1 << _layout.HashBits) - 1) + ";");
        _w.Line();
        _w.Line("// The codes, and slot + 1 at the same index (0: an empty entry, where a search ends).");
        _w.Line("private static readonly int[] s_hashCodes = new int[HashMask + 1];");
        _w.Line("private static readonly " + element + "[] s_hashSlots = BuildHash();");
        _w.Line();
        using (_w.Block("private static " + element + "[] BuildHash()"))
        {
            _w.Line(element + "[] slots = new " + element + "[HashMask + 1];");
            _w.Line("for (int slot = 0; slot < Count; slot++)");
            _w.OpenBrace();
            _w.Line("int code = (int)s_values[slot];");
            _w.Line("int index = HashHome(code);");
            _w.Line("while (slots[index] != 0)");
            _w.OpenBrace();
            _w.Line("index = (index + 1) & HashMask;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("s_hashCodes[index] = code;");
            _w.Line("slots[index] = (" + element + ")(slot + 1);");
            _w.CloseBrace();
            _w.Line();
            _w.Line("return slots;");
        }

        _w.Line();
        _w.Line("private static int HashHome(int code) => (int)(unchecked((uint)code * 0x9E3779B9u) >> HashShift);");
        _w.Line();
        using (_w.Block("private static int GetSlot(int code)"))
        {
            _w.Line("int index = HashHome(code);");
            _w.Line("while (true)");
            _w.OpenBrace();
            _w.Line("int slot = s_hashSlots[index] - 1;");
            _w.Line("if (slot < 0 || s_hashCodes[index] == code)");
            _w.OpenBrace();
            _w.Line("return slot;");
            _w.CloseBrace();
            _w.Line();
            _w.Line("index = (index + 1) & HashMask;");
            _w.CloseBrace();
        }
    }

    /// <summary>
    /// The direct layout: per-code copies of the text tables, built once from the compact tables
    /// when the type initializes, so the generated source stays proportional to the codes.
    /// </summary>
    private void WriteDirectTables()
    {
        _w.Line("private const int Range = " + CSharpNames.Number((int)_layout.Range) + ";");
        _w.Line();
        _w.Line("// Per-code tables: row locale, column code - MinCode. Where no code is defined they hold what");
        _w.Line("// an undefined code gets" + (HasCategories ? " (the covering category's text; names and reasons: the empty string)" : " (the empty string)") + ", so a lookup is one index.");
        string ByCode(string texts, string rows, string? categories) => _tables + ".ByCode(" + texts + ", " + rows + ", Count, MinCode, Range, GetSlot, "
            + (HasCategories && categories is not null ? categories + ", CategoryColumns, GetCategoryIndex" : "null, 0, null") + ");";
        _w.Line("private static readonly string[] s_namesByCode = " + ByCode("s_names", "1", null));
        _w.Line("private static readonly string[] s_reasonsByCode = " + ByCode("s_reasons", "1", null));
        _w.Line("private static readonly string[] s_titlesByCode = " + ByCode("s_titles", "LocaleCount", "s_categoryTitles"));
        _w.Line("private static readonly string[] s_descriptionsByCode = " + ByCode("s_descriptions", "LocaleCount", "s_categoryDescriptions"));
    }

    /// <summary>The direct layout's <c>code - MinCode</c> of <paramref name="expression"/>, as the unsigned index every lookup checks.</summary>
    private void WriteDirectOffset(string expression)
        => _w.Line("uint offset = unchecked((uint)(" + expression + " - MinCode));");
}

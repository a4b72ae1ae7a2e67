using System.Linq;

namespace StatusCodes.Generators.Emitting;

/// <summary>Code to slot: the direct, dense and sparse shapes chosen by <see cref="SlotLayout"/>.</summary>
internal sealed partial class SetEmitter
{
    private void WriteSlotLookup()
    {
        if (_layout.IsDense)
        {
            // Built from s_values like the sparse layout's table: as data in the assembly it would cost
            // a byte or two per number in the range, and a field and a type of its own.
            var element = _layout.ElementType;
            _w.Lines($$"""
                private const int MinCode = {{CSharpNames.Number(_layout.Min)}};

                // (code - MinCode) -> slot + 1; 0 where no code is defined.
                private static readonly {{element}}[] s_slots = BuildSlots();

                private static {{element}}[] BuildSlots()
                {
                    {{element}}[] slots = new {{element}}[{{CSharpNames.Number((int)_layout.Range)}}];
                    for (int slot = 0; slot < Count; slot++)
                    {
                        slots[(int)s_values[slot] - MinCode] = ({{element}})(slot + 1);
                    }

                    return slots;
                }

                private static int GetSlot(int code)
                {
                    uint offset = unchecked((uint)(code - MinCode));
                    return offset < (uint)s_slots.Length ? s_slots[offset] - 1 : -1;
                }
                """);

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
        _w.Lines($$"""
            private const int HashShift = {{CSharpNames.Number(32 - _layout.HashBits)}};
            private const int HashMask = {{CSharpNames.Number((1 << _layout.HashBits) - 1)}};

            // The codes, and slot + 1 at the same index (0: an empty entry, where a search ends).
            private static readonly int[] s_hashCodes = new int[HashMask + 1];
            private static readonly {{element}}[] s_hashSlots = BuildHash();

            private static {{element}}[] BuildHash()
            {
                {{element}}[] slots = new {{element}}[HashMask + 1];
                for (int slot = 0; slot < Count; slot++)
                {
                    int code = (int)s_values[slot];
                    int index = HashHome(code);
                    while (slots[index] != 0)
                    {
                        index = (index + 1) & HashMask;
                    }

                    s_hashCodes[index] = code;
                    slots[index] = ({{element}})(slot + 1);
                }

                return slots;
            }

            private static int HashHome(int code) => (int)(unchecked((uint)code * 0x9E3779B9u) >> HashShift);

            private static int GetSlot(int code)
            {
                int index = HashHome(code);
                while (true)
                {
                    int slot = s_hashSlots[index] - 1;
                    if (slot < 0 || s_hashCodes[index] == code)
                    {
                        return slot;
                    }

                    index = (index + 1) & HashMask;
                }
            }
            """);
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

using System.Collections.Generic;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// How a set maps a code to its texts. The JIT does not turn a switch of constant returns into a
/// table, and with codes in random order a switch (a binary search) pays for mispredicted
/// branches, while an array index does not. So, from fastest to most compact:
/// <list type="bullet">
/// <item>direct (a small dense range): per-code copies of the text tables, indexed by
/// <c>locale * Range + (code - min)</c>, one load per lookup, with the covering category's text
/// where no code is defined;</item>
/// <item>dense (codes close together): a map indexed by <c>code - min</c> to the row of the compact
/// tables, two loads;</item>
/// <item>sparse (anything else): an open-addressing hash table of the codes, at most a quarter
/// full, to the row of the compact tables; a search nearly always ends at its first entry, where
/// a switch would be a binary search with a mispredicted branch at most of its steps.</item>
/// </list>
/// </summary>
internal sealed class SlotLayout
{
    private const long MaxDenseRange = 65_536;

    /// <summary>
    /// Entries of one per-code table (range × locales): 4,096 references are 32 KB per text kind
    /// on a 64-bit process. The built-in HTTP set needs 500 × 3.
    /// </summary>
    private const long MaxDirectEntries = 4_096;

    private SlotLayout(bool isDense, bool isDirect, int min, long range, string elementType, int hashBits)
    {
        HashBits = hashBits;
        IsDense = isDense;
        IsDirect = isDirect;
        Min = min;
        Range = range;
        ElementType = elementType;
    }

    public bool IsDense { get; }

    /// <summary>Whether the texts also get per-code tables (a dense set whose range is small).</summary>
    public bool IsDirect { get; }

    public int Min { get; }

    public long Range { get; }

    /// <summary>The smallest unsigned type that holds <c>slot + 1</c>.</summary>
    public string ElementType { get; }

    /// <summary>The sparse layout's table has 2^HashBits entries: at least four per code.</summary>
    public int HashBits { get; }

    public static SlotLayout For(IReadOnlyList<int> sortedCodes, int localeCount)
    {
        if (sortedCodes.Count == 0)
        {
            return new SlotLayout(false, false, 0, 0, "byte", 2);
        }

        var min = sortedCodes[0];
        var range = (long)sortedCodes[sortedCodes.Count - 1] - min + 1;
        var dense = range <= MaxDenseRange && (range <= 1024 || range <= 4L * sortedCodes.Count);
        var direct = dense && range * localeCount <= MaxDirectEntries;
        var elementType = sortedCodes.Count < byte.MaxValue ? "byte" : sortedCodes.Count < ushort.MaxValue ? "ushort" : "int";
        var hashBits = 2;
        while ((1L << hashBits) < 4L * sortedCodes.Count)
        {
            hashBits++;
        }

        return new SlotLayout(dense, direct, min, range, elementType, hashBits);
    }
}

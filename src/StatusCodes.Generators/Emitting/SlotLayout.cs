using System.Collections.Generic;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// How a set maps a code to its row in the text tables. A dense set (codes close together) uses
/// a map indexed by <c>code - min</c>: two array loads, no branches to mispredict. A sparse set
/// uses a switch, which the compiler turns into a binary search.
/// </summary>
internal sealed class SlotLayout
{
    private const long MaxDenseRange = 65_536;

    private SlotLayout(bool isDense, int min, long range, string elementType)
    {
        IsDense = isDense;
        Min = min;
        Range = range;
        ElementType = elementType;
    }

    public bool IsDense { get; }

    public int Min { get; }

    public long Range { get; }

    /// <summary>The smallest unsigned type that holds <c>slot + 1</c>.</summary>
    public string ElementType { get; }

    public static SlotLayout For(IReadOnlyList<int> sortedCodes)
    {
        if (sortedCodes.Count == 0)
        {
            return new SlotLayout(false, 0, 0, "byte");
        }

        var min = sortedCodes[0];
        var range = (long)sortedCodes[sortedCodes.Count - 1] - min + 1;
        var dense = range <= MaxDenseRange && (range <= 1024 || range <= 4L * sortedCodes.Count);
        var elementType = sortedCodes.Count < byte.MaxValue ? "byte" : sortedCodes.Count < ushort.MaxValue ? "ushort" : "int";
        return new SlotLayout(dense, min, range, elementType);
    }
}

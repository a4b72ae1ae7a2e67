using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StatusCodes.Tool.Import.Writing;

/// <summary>
/// Replacements and insertions in a text, all positioned in the original text and applied
/// together. Insertions at the same position keep the order in which they were added.
/// </summary>
internal sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text, int Order)> _edits = new();

    public int Count => _edits.Count;

    public void Replace(int start, int end, string text) => _edits.Add((start, end, text, _edits.Count));

    public void Insert(int position, string text) => Replace(position, position, text);

    public string ApplyTo(string original)
    {
        var ordered = _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.Order).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            // Later in the list means earlier in the text: it must end before the previous one starts.
            if (ordered[i].End > ordered[i - 1].Start && ordered[i].Start != ordered[i - 1].Start)
            {
                throw new InvalidOperationException("Overlapping edits at " + ordered[i].Start + " and " + ordered[i - 1].Start + ".");
            }
        }

        var builder = new StringBuilder(original);
        foreach (var (start, end, text, _) in ordered)
        {
            builder.Remove(start, end - start).Insert(start, text);
        }

        return builder.ToString();
    }
}

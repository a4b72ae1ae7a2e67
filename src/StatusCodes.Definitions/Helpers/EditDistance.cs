using System;

namespace StatusCodes.Definitions.Helpers;

/// <summary>
/// Levenshtein distance, for "did you mean": a misspelt key of a definition file, a misspelt member
/// name in C# code. A search for close matches passes the largest distance it accepts, so a pair
/// that is far apart costs only until that is certain.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance ignoring case (upper-case invariant), or any value above <paramref name="limit"/> once it is certain to exceed it.</summary>
    public static int Between(string a, string b, int limit) => Compute(a, b, limit, ignoreCase: true);

    /// <summary>The distance comparing characters as they are, or any value above <paramref name="limit"/> once it is certain to exceed it.</summary>
    public static int BetweenOrdinal(string a, string b, int limit) => Compute(a, b, limit, ignoreCase: false);

    private static int Compute(string a, string b, int limit, bool ignoreCase)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            var ca = ignoreCase ? char.ToUpperInvariant(a[i - 1]) : a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var cb = ignoreCase ? char.ToUpperInvariant(b[j - 1]) : b[j - 1];
                var cost = ca == cb ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

using System;
using System.Collections.Generic;

namespace StatusCodes.Definitions.Parsing;

/// <summary>The keys schema version 1 knows at each level of a definition file.</summary>
internal static class SchemaKeys
{
    public static readonly string[] File = { "namespace", "locales", "group", "sets" };
    public static readonly string[] Set = { "name", "key", "fallback", "convertible-to", "summary", "categories", "tags", "codes" };
    public static readonly string[] Tag = { "name", "title" };
    public static readonly string[] Extension = { "extend", "codes" };
    public static readonly string[] Category = { "name", "from", "to", "title", "description" };
    public static readonly string[] Code = { "code", "name", "reason", "title", "description", "aliases", "deprecated", "reference", "tags" };

    // The tags of a code refer to the extended set's tags, which only the catalog knows.
    public static readonly string[] ExtensionCode = { "code", "name", "reason", "title", "description", "aliases", "deprecated", "reference" };

    /// <summary>The keys whose values are texts: there full-width punctuation and other characters are content.</summary>
    public static readonly HashSet<string> Text = new(StringComparer.Ordinal) { "title", "description", "summary", "deprecated", "reason", "reference" };

    /// <summary>The known key closest to a misspelt one, by edit distance, when it is close enough to be a typo.</summary>
    public static string? Closest(string key, string[] known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        if (a.Length > 64)
        {
            return int.MaxValue;
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
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

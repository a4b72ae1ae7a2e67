using System;
using System.Collections.Generic;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Schema;

/// <summary>The keys schema version 1 knows at each level of a definition file.</summary>
internal static class SchemaKeys
{
    public static readonly string[] File = { "namespace", "locales", "group", "sets" };
    public static readonly string[] Set = { "name", "key", "fallback", "convertible-to", "opt-in", "summary", "categories", "tags", "codes" };
    public static readonly string[] Tag = { "name", "title" };
    public static readonly string[] Extension = { "extend", "pack", "codes" };
    public static readonly string[] Category = { "name", "from", "to", "title", "description" };
    public static readonly string[] Code = { "code", "name", "reason", "title", "description", "aliases", "deprecated", "reference", "tags" };

    // The tags of a code refer to the extended set's tags, which only the catalog knows.
    public static readonly string[] ExtensionCode = { "code", "name", "reason", "title", "description", "aliases", "deprecated", "reference" };

    /// <summary>The keys whose values are texts: there full-width punctuation and other characters are content.</summary>
    public static readonly HashSet<string> Text = new(StringComparer.Ordinal) { "title", "description", "summary", "deprecated", "reason", "reference" };

    /// <summary>The known key closest to a misspelt one, by edit distance, when it is close enough to be a typo.</summary>
    public static string? Closest(string key, string[] known)
    {
        if (key.Length > MaxTypoLength)
        {
            return null;
        }

        var limit = Math.Max(2, key.Length / 3);
        var lowered = key.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance.BetweenOrdinal(lowered, candidate, limit);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Longer than any key by far: such a key is no typo of one.</summary>
    private const int MaxTypoLength = 64;
}

using System;
using System.Collections.Generic;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// Which built-in sets a project wants, from the MSBuild property StatusCodesBuiltInSets:
/// <c>all</c> (the default, also when empty), <c>none</c>, or names separated by <c>;</c> or <c>,</c>:
/// set names, opt-in set names and pack names, with or without <c>all</c> among them
/// (<c>all;GrpcStatus;HttpStatus.Nginx</c>).
/// </summary>
/// <param name="IncludeAll">True when <c>all</c> is given: every built-in set that is not opt-in, plus <see cref="Names"/>.</param>
/// <param name="Names">The other names as written, trimmed, without duplicates; empty for <c>all</c> alone and <c>none</c>.</param>
public sealed record BuiltInSelection(bool IncludeAll, EquatableArray<string> Names)
{
    public const string PropertyName = "StatusCodesBuiltInSets";

    public static readonly BuiltInSelection All = new(true, EquatableArray<string>.Empty);

    public static readonly BuiltInSelection None = new(false, EquatableArray<string>.Empty);

    public static BuiltInSelection Parse(string? value)
    {
        var names = new List<string>();
        foreach (var part in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            if (name.Length > 0 && !names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(name);
            }
        }

        var all = names.FindIndex(n => string.Equals(n, "all", StringComparison.OrdinalIgnoreCase));
        if (names.Count == 0 || (names.Count == 1 && all == 0))
        {
            return All;
        }

        if (all >= 0)
        {
            names.RemoveAt(all);
            return new BuiltInSelection(true, names.ToEquatableArray());
        }

        if (names.Count == 1 && string.Equals(names[0], "none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        return new BuiltInSelection(false, names.ToEquatableArray());
    }
}

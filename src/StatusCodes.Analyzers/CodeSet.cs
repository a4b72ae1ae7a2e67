using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// What the analyzers know about one generated status-code enum, read from its symbol once per
/// compilation: the defined codes (sorted), the name to suggest for each, and every name
/// <c>TryParse</c> reads: the members, and the older names of the extensions class's
/// <c>OlderNames</c> constants (older names are not enum members).
/// </summary>
internal sealed class CodeSet
{
    private readonly int[] _codes;
    private readonly string[] _names;
    private readonly bool[] _current;
    private readonly int[] _suggestable;
    private readonly HashSet<string> _memberNames;

    private CodeSet(INamedTypeSymbol enumType, int[] codes, string[] names, bool[] current, HashSet<string> memberNames)
    {
        EnumType = enumType;
        FullyQualifiedName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        _codes = codes;
        _names = names;
        _current = current;
        _memberNames = memberNames;

        // Suggest only codes with a member that is not [Obsolete] (a deprecated code such as
        // 418 ImATeapot is rarely what was meant), unless the set has nothing else to offer.
        var suggestable = new List<int>(codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            if (current[i])
            {
                suggestable.Add(i);
            }
        }

        if (suggestable.Count == 0)
        {
            for (var i = 0; i < codes.Length; i++)
            {
                suggestable.Add(i);
            }
        }

        _suggestable = suggestable.ToArray();
    }

    public INamedTypeSymbol EnumType { get; }

    public string Name => EnumType.Name;

    /// <summary>The enum as C# source that resolves anywhere: <c>global::Contoso.HttpStatus</c>.</summary>
    public string FullyQualifiedName { get; }

    public int Count => _codes.Length;

    public static CodeSet Create(INamedTypeSymbol enumType, INamedTypeSymbol? extensions = null)
    {
        var byCode = new SortedDictionary<int, (string Name, bool Current)>();
        var memberNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in enumType.GetMembers())
        {
            if (member is not IFieldSymbol { HasConstantValue: true } field || !TryToInt32(field.ConstantValue, out var code))
            {
                continue;
            }

            memberNames.Add(field.Name);
            var current = !IsObsolete(field);
            if (!byCode.TryGetValue(code, out var known) || (current && !known.Current))
            {
                byCode[code] = (field.Name, current);
            }
        }

        if (extensions is not null)
        {
            foreach (var olderNames in extensions.GetTypeMembers(GeneratedTypeNames.OlderNamesClass))
            {
                foreach (var member in olderNames.GetMembers())
                {
                    if (member is IFieldSymbol { IsConst: true } field && SymbolEqualityComparer.Default.Equals(field.Type, enumType))
                    {
                        memberNames.Add(field.Name);
                    }
                }
            }
        }

        var codes = new int[byCode.Count];
        var names = new string[byCode.Count];
        var currents = new bool[byCode.Count];
        var i = 0;
        foreach (var pair in byCode)
        {
            codes[i] = pair.Key;
            names[i] = pair.Value.Name;
            currents[i] = pair.Value.Current;
            i++;
        }

        return new CodeSet(enumType, codes, names, currents, memberNames);
    }

    public bool Contains(int code) => Array.BinarySearch(_codes, code) >= 0;

    /// <summary>The member to write for <paramref name="code"/>: its name, or a current alias when the name is obsolete.</summary>
    public bool TryGetMember(int code, out string name, out bool isObsolete)
    {
        var index = Array.BinarySearch(_codes, code);
        if (index < 0)
        {
            name = string.Empty;
            isObsolete = false;
            return false;
        }

        name = _names[index];
        isObsolete = !_current[index];
        return true;
    }

    /// <summary>
    /// The (at most) two defined codes closest to <paramref name="value"/> by absolute difference,
    /// closest first; on a tie the lower code comes first.
    /// </summary>
    public ImmutableArray<CodeSuggestion> Nearest(long value, int count = 2)
    {
        if (_suggestable.Length == 0 || count <= 0)
        {
            return ImmutableArray<CodeSuggestion>.Empty;
        }

        // The first suggestable code at or above the value; walk outwards from there.
        var low = 0;
        var high = _suggestable.Length;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (_codes[_suggestable[mid]] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var below = low - 1;
        var above = low;
        var result = ImmutableArray.CreateBuilder<CodeSuggestion>(count);
        while (result.Count < count && (below >= 0 || above < _suggestable.Length))
        {
            bool takeBelow;
            if (below < 0)
            {
                takeBelow = false;
            }
            else if (above >= _suggestable.Length)
            {
                takeBelow = true;
            }
            else
            {
                // Ties go to the lower code, which is the one below.
                takeBelow = value - _codes[_suggestable[below]] <= (long)_codes[_suggestable[above]] - value;
            }

            var index = takeBelow ? _suggestable[below--] : _suggestable[above++];
            result.Add(new CodeSuggestion(_codes[index], _names[index]));
        }

        return result.ToImmutable();
    }

    /// <summary>The member names closest in spelling to <paramref name="text"/>, ignoring case; empty when none is close.</summary>
    public ImmutableArray<CodeSuggestion> NearestNames(string text, int count = 2)
    {
        var scored = new List<(int Distance, int Index)>();
        var limit = Math.Max(2, text.Length / 3);
        for (var i = 0; i < _suggestable.Length; i++)
        {
            var index = _suggestable[i];
            var distance = EditDistance.Between(text, _names[index], limit);
            if (distance <= limit)
            {
                scored.Add((distance, index));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : _codes[a.Index].CompareTo(_codes[b.Index]));
        var result = ImmutableArray.CreateBuilder<CodeSuggestion>(Math.Min(count, scored.Count));
        for (var i = 0; i < scored.Count && i < count; i++)
        {
            result.Add(new CodeSuggestion(_codes[scored[i].Index], _names[scored[i].Index]));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Whether the generated <c>TryParse</c> accepts <paramref name="text"/>: after trimming white
    /// space, a member name or alias (ignoring case), or a decimal number (optional sign, at most
    /// 11 characters, within int) that is a defined code. Mirrors the emitted code exactly.
    /// </summary>
    public bool Parses(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (_memberNames.Contains(trimmed))
        {
            return true;
        }

        return TryParseNumber(trimmed, out var code) && Contains(code);
    }

    /// <summary>The same number syntax as the generated <c>TryParseNumber</c>.</summary>
    public static bool TryParseNumber(string text, out int code)
    {
        code = 0;
        if (text.Length == 0 || text.Length > 11)
        {
            return false;
        }

        var start = text[0] == '-' || text[0] == '+' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        long number = 0;
        for (var i = start; i < text.Length; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        if (text[0] == '-')
        {
            number = -number;
        }

        if (number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        code = (int)number;
        return true;
    }

    internal static bool IsObsolete(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryToInt32(object? value, out int result)
    {
        switch (value)
        {
            case int i:
                result = i;
                return true;
            default:
                result = 0;
                return false;
        }
    }
}

/// <summary>A code to suggest, with the member name that writes it.</summary>
internal readonly struct CodeSuggestion
{
    public CodeSuggestion(int code, string name)
    {
        Code = code;
        Name = name;
    }

    public int Code { get; }

    public string Name { get; }

    public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Name;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    private Dictionary<string, KeyValuePair<YamlNode, YamlNode>>? ReadMapping(YamlNode node, string what, string[] knownKeys, string context)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            Report(DefinitionDiagnostics.WrongValueType, node.Location, what, "a mapping", node.Describe());
            return null;
        }

        var map = new Dictionary<string, KeyValuePair<YamlNode, YamlNode>>(StringComparer.Ordinal);
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (Array.IndexOf(knownKeys, key) < 0 && HasHiddenCharacter(key, entry.Key, "key"))
            {
                continue;
            }

            if (Array.IndexOf(knownKeys, key) < 0)
            {
                var closest = SchemaKeys.Closest(key, knownKeys);
                Report(DefinitionDiagnostics.UnknownKey, entry.Key.Location, key, context, closest is null ? string.Empty : " Did you mean '" + closest + "'?");
                continue;
            }

            if (map.ContainsKey(key))
            {
                Report(DefinitionDiagnostics.DuplicateKey, entry.Key.Location, key);
                continue;
            }

            map.Add(key, entry);
        }

        return map;
    }

    private string? RequireIdentifier(Dictionary<string, KeyValuePair<YamlNode, YamlNode>> map, YamlNode owner, string key, string what, string role)
    {
        if (!map.TryGetValue(key, out var entry))
        {
            Report(DefinitionDiagnostics.MissingKey, FirstKeyLocation(owner), what, key);
            return null;
        }

        return ReadIdentifier(entry.Value, key, role);
    }

    private int? RequireInt(Dictionary<string, KeyValuePair<YamlNode, YamlNode>> map, YamlNode owner, string key, string what)
    {
        if (!map.TryGetValue(key, out var entry))
        {
            Report(DefinitionDiagnostics.MissingKey, FirstKeyLocation(owner), what, key);
            return null;
        }

        var node = entry.Value;
        var text = node.Kind == YamlNodeKind.Scalar && node.IsPlain ? node.Value ?? string.Empty : null;
        if (text is not null && !ValueRules.IsDecimalInteger(text) && ValueRules.OtherDigits(text) is { } ascii)
        {
            var digit = text.First(c => c > '\u007F');
            Report(DefinitionDiagnostics.NonAsciiDigits, CharacterLocation(node, digit), key, CharacterNames.Quote(digit), text, ascii);
            return null;
        }

        if (text is null || !ValueRules.IsDecimalInteger(text))
        {
            Report(DefinitionDiagnostics.WrongValueType, node.Location, key, "a whole number such as 404", node.Describe());
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Report(DefinitionDiagnostics.CodeOutOfRange, node.Location, text);
            return null;
        }

        return value;
    }

    private string? ReadIdentifier(YamlNode node, string key, string role)
    {
        var text = ReadString(node, key);
        if (text is null || HasHiddenCharacter(text, node, role))
        {
            return null;
        }

        if (!Identifiers.IsValid(text))
        {
            Report(DefinitionDiagnostics.InvalidIdentifier, node.Location, text, role, Identifiers.Suggest(text));
            return null;
        }

        return text;
    }

    /// <summary><c>true</c> or <c>false</c>; anything else is reported and read as false.</summary>
    private bool ReadFlag(YamlNode node, string key)
    {
        if (node.Kind == YamlNodeKind.Scalar && !node.IsNull && node.Value is "true" or "false")
        {
            return node.Value == "true";
        }

        Report(DefinitionDiagnostics.WrongValueType, node.Location, key, "true or false", node.Describe());
        return false;
    }

    private string? ReadString(YamlNode node, string key)
    {
        if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
        {
            Report(DefinitionDiagnostics.WrongValueType, node.Location, key, "a text", node.Describe());
            return null;
        }

        return node.Value;
    }

    private bool RequireKind(YamlNode node, string key, YamlNodeKind kind, string expected)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Report(DefinitionDiagnostics.WrongValueType, node.Location, key, expected, node.Describe());
        return false;
    }

    private static SourceLocation FirstKeyLocation(YamlNode node)
        => node.Kind == YamlNodeKind.Mapping && node.Entries.Count > 0 ? node.Entries[0].Key.Location : node.Location;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    /// <summary><c>tags: [Retryable]</c> of a code: names of the set's tags, each once.</summary>
    private List<string> ReadCodeTags(YamlNode node, string setName)
    {
        var result = new List<string>();
        if (!RequireKind(node, "tags", YamlNodeKind.Sequence, "a list of tag names"))
        {
            return result;
        }

        foreach (var item in node.Items)
        {
            var name = ReadIdentifier(item, "tags", "a tag name");
            if (name is null)
            {
                continue;
            }

            if (!_tags.Contains(name))
            {
                var known = _tags.Count == 0 ? "the set declares no tags" : "its tags are " + string.Join(", ", _tags);
                Report(DefinitionDiagnostics.UnknownTag, item.Location, name, setName, known);
            }
            else if (result.Contains(name))
            {
                Report(DefinitionDiagnostics.DuplicateName, item.Location, name, setName);
            }
            else
            {
                result.Add(name);
            }
        }

        return result;
    }

    private void ReadCodes(YamlNode node, string setName, List<CodeSpec> codes)
    {
        var parsed = new List<(CodeSpec Spec, YamlNode Node, Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Map)>();
        foreach (var item in node.Items)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var code = ReadCode(item, out var map);
            if (code is not null)
            {
                parsed.Add((code, item, map!));
            }
        }

        // Names first, aliases second: an alias must not take a name that a later code uses.
        var byCode = new Dictionary<int, string>();
        var owners = new Dictionary<string, CodeSpec>(StringComparer.Ordinal);
        var kept = new List<(CodeSpec Spec, Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Map)>();
        foreach (var (spec, _, map) in parsed)
        {
            if (byCode.TryGetValue(spec.Code, out var first))
            {
                Report(DefinitionDiagnostics.DuplicateCode, map["code"].Value.Location, ValueRules.Format(spec.Code), setName, first);
                continue;
            }

            if (owners.ContainsKey(spec.Name))
            {
                Report(DefinitionDiagnostics.DuplicateName, map["name"].Value.Location, spec.Name, setName);
                continue;
            }

            byCode.Add(spec.Code, spec.Name);
            owners.Add(spec.Name, spec);
            kept.Add((spec, map));
        }

        var aliasesSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (spec, map) in kept)
        {
            if (spec.Aliases.IsEmpty)
            {
                codes.Add(spec);
                continue;
            }

            var aliasNodes = map["aliases"].Value.Items;
            var aliases = new List<string>();
            foreach (var alias in spec.Aliases)
            {
                var location = aliasNodes.First(n => n.Value == alias).Location;
                if (owners.TryGetValue(alias, out var owner))
                {
                    if (ReferenceEquals(owner, spec))
                    {
                        Report(DefinitionDiagnostics.DuplicateName, location, alias, setName);
                    }
                    else
                    {
                        Report(DefinitionDiagnostics.AliasClash, location, alias, spec.Name, ValueRules.Format(owner.Code), setName);
                    }
                }
                else if (!aliasesSeen.Add(alias))
                {
                    Report(DefinitionDiagnostics.DuplicateName, location, alias, setName);
                }
                else
                {
                    aliases.Add(alias);
                }
            }

            codes.Add(spec with { Aliases = aliases.ToEquatableArray() });
        }
    }

    private CodeSpec? ReadCode(YamlNode node, out Dictionary<string, KeyValuePair<YamlNode, YamlNode>>? map)
    {
        map = ReadMapping(node, "a code", SchemaKeys.Code, "the code");
        return map is null ? null : ReadCode(node, map);
    }

    private CodeSpec? ReadCode(YamlNode node, Dictionary<string, KeyValuePair<YamlNode, YamlNode>> map)
    {
        var code = RequireInt(map, node, "code", "The code");
        var name = RequireIdentifier(map, node, "name", "The code" + (code is null ? string.Empty : " " + ValueRules.Format(code.Value)), "a code name");
        if (code is null || name is null || IsEnumValueField(name, map["name"].Value.Location))
        {
            return null;
        }

        var what = "code " + ValueRules.Format(code.Value) + " '" + name + "'";
        if (!map.TryGetValue("title", out var titleNode))
        {
            Report(DefinitionDiagnostics.MissingKey, map["name"].Key.Location, "The code " + ValueRules.Format(code.Value), "title");
            return null;
        }

        var title = ReadText(titleNode.Value, "title", "title of " + what);
        if (title.IsEmpty)
        {
            return null;
        }

        var description = map.TryGetValue("description", out var descriptionNode)
            ? ReadText(descriptionNode.Value, "description", "description of " + what)
            : LocalizedText.None;

        string reason;
        if (map.TryGetValue("reason", out var reasonNode))
        {
            var text = ReadString(reasonNode.Value, "reason");
            if (text is null)
            {
                return null;
            }

            if (!ValueRules.IsReasonPhrase(text))
            {
                Report(DefinitionDiagnostics.InvalidReasonPhrase, reasonNode.Value.Location, name);
                return null;
            }

            reason = text;
        }
        else
        {
            var defaultTitle = title.Resolve(DefaultLocale, _locales);
            reason = ValueRules.IsReasonPhrase(defaultTitle) ? defaultTitle : ValueRules.SplitWords(name);
        }

        var aliases = new List<string>();
        if (map.TryGetValue("aliases", out var aliasesNode) && RequireKind(aliasesNode.Value, "aliases", YamlNodeKind.Sequence, "a list of names"))
        {
            foreach (var item in aliasesNode.Value.Items)
            {
                var alias = ReadIdentifier(item, "aliases", "an alias");
                if (alias is not null && !IsEnumValueField(alias, item.Location))
                {
                    aliases.Add(alias);
                }
            }
        }

        string? deprecated = null;
        if (map.TryGetValue("deprecated", out var deprecatedNode))
        {
            deprecated = ReadString(deprecatedNode.Value, "deprecated");
            if (deprecated is not null && !CheckText(deprecated, deprecatedNode.Value.Location, "deprecated", DefaultLocale))
            {
                deprecated = null;
            }
        }

        string? reference = null;
        if (map.TryGetValue("reference", out var referenceNode))
        {
            reference = ReadString(referenceNode.Value, "reference");
            if (reference is not null && !ValueRules.IsHttpUrl(reference))
            {
                Report(DefinitionDiagnostics.InvalidReference, referenceNode.Value.Location, reference);
                reference = null;
            }
        }

        var tags = map.TryGetValue("tags", out var tagsNode) ? ReadCodeTags(tagsNode.Value, _tagSet) : new List<string>();
        return new CodeSpec(code.Value, name, reason, title, description, aliases.ToEquatableArray(), deprecated, reference, tags.ToEquatableArray());
    }

    /// <summary>Reports <c>value__</c> as a member name: the compiler rejects it (CS0076) in the generated enum.</summary>
    private bool IsEnumValueField(string name, SourceLocation location)
    {
        if (name != EnumValueField)
        {
            return false;
        }

        Report(DefinitionDiagnostics.ReservedName, location, name, "the field that holds an enum's value");
        return true;
    }

    /// <summary>Reports SCG0007 when the 'codes' list of <paramref name="subject"/> is longer than the limit allows.</summary>
    private bool TooManyCodes(KeyValuePair<YamlNode, YamlNode> codesNode, string subject)
    {
        var count = codesNode.Value.Items.Count;
        if (count <= _limits.MaxCodesPerSet)
        {
            return false;
        }

        Report(
            DefinitionDiagnostics.LimitExceeded,
            codesNode.Key.Location,
            subject + " with " + count.ToString("N0", CultureInfo.InvariantCulture) + " codes",
            _limits.MaxCodesPerSet.ToString("N0", CultureInfo.InvariantCulture) + " codes per set",
            DefinitionLimits.PropertyNames.MaxCodesPerSet);
        return true;
    }
}

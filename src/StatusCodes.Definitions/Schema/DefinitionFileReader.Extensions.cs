using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    private static bool IsExtension(YamlNode node)
        => node.Kind == YamlNodeKind.Mapping && node.Entries.Any(e => e.Key.Value == "extend");

    /// <summary>
    /// <c>extend: Target</c> with <c>codes</c>. Two entries of one file that extend the same set
    /// are read as one, so that every code of the file is checked against the others.
    /// </summary>
    private void ReadExtension(YamlNode node, List<(SetExtensionSpec Spec, SetSourceMap SourceMap)> extensions)
    {
        var map = ReadMapping(node, "a set", SchemaKeys.Extension, "the set extension");
        if (map is null)
        {
            return;
        }

        var extendNode = map["extend"];
        var target = ReadIdentifier(extendNode.Value, "extend", "a set name");
        if (target is null)
        {
            return;
        }

        string? pack = null;
        if (map.TryGetValue("pack", out var packNode))
        {
            pack = ReadIdentifier(packNode.Value, "pack", "a pack name");
            if (pack is null)
            {
                return;
            }
        }

        if (!map.TryGetValue("codes", out var codesNode))
        {
            Report(DefinitionDiagnostics.MissingKey, extendNode.Key.Location, "The extension of set '" + target + "'", "codes");
            return;
        }

        if (!RequireKind(codesNode.Value, "codes", YamlNodeKind.Sequence, "a list of codes"))
        {
            return;
        }

        if (TooManyCodes(codesNode, "The extension of set '" + target + "'"))
        {
            return;
        }

        var index = extensions.FindIndex(e => e.Spec.Target == target && e.Spec.Pack == pack);
        var codes = index < 0 ? new List<CodeExtensionSpec>() : extensions[index].Spec.Codes.ToList();
        var codeMaps = index < 0 ? new List<CodeSourceMap>() : extensions[index].SourceMap.Codes.ToList();
        foreach (var item in codesNode.Value.Items)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var code = ReadExtensionCode(item, out var codeMap);
            if (code is null)
            {
                continue;
            }

            var codeLocation = codeMap!["code"].Value.Location;
            var nameLocation = codeMap.TryGetValue("name", out var nameEntry) ? nameEntry.Value.Location : null;
            var first = codes.FirstOrDefault(c => c.Code == code.Code);
            if (first is not null)
            {
                Report(DefinitionDiagnostics.DuplicateCode, codeLocation, ValueRules.Format(code.Code), target, first.Name ?? ValueRules.Format(first.Code));
                continue;
            }

            if (code.Name is not null && codes.Any(c => c.Name == code.Name))
            {
                Report(DefinitionDiagnostics.DuplicateName, nameLocation!, code.Name, target);
                continue;
            }

            codes.Add(code);
            codeMaps.Add(new CodeSourceMap(code.Code, codeLocation, nameLocation));
        }

        var spec = new SetExtensionSpec(target, codes.ToEquatableArray()) { Pack = pack };
        if (index < 0)
        {
            var sourceMap = new SetSourceMap(target, extendNode.Value.Location, null, null, IsExtension: true, Codes: codeMaps.ToEquatableArray());
            extensions.Add((spec, sourceMap));
        }
        else
        {
            extensions[index] = (spec, extensions[index].SourceMap with { Codes = codeMaps.ToEquatableArray() });
        }
    }

    /// <summary>
    /// A code of an extension. Without a name it adds texts to an existing code, so its texts may
    /// cover only some locales; with a name it may be a new code and needs a title like any code.
    /// </summary>
    private CodeExtensionSpec? ReadExtensionCode(YamlNode node, out Dictionary<string, KeyValuePair<YamlNode, YamlNode>>? map)
    {
        map = ReadMapping(node, "a code", SchemaKeys.ExtensionCode, "the code");
        if (map is null)
        {
            return null;
        }

        var code = RequireInt(map, node, "code", "The code");
        if (code is null)
        {
            return null;
        }

        if (!map.ContainsKey("name"))
        {
            if (!map.ContainsKey("title") && !map.ContainsKey("description"))
            {
                Report(DefinitionDiagnostics.MissingKey, map["code"].Key.Location, "The code " + ValueRules.Format(code.Value), "title");
                return null;
            }

            var what = "code " + ValueRules.Format(code.Value);
            var title = map.TryGetValue("title", out var titleNode) ? ReadText(titleNode.Value, "title", "title of " + what, reportMissing: false) : LocalizedText.None;
            var description = map.TryGetValue("description", out var descriptionNode) ? ReadText(descriptionNode.Value, "description", "description of " + what, reportMissing: false) : LocalizedText.None;
            if (title.IsEmpty && description.IsEmpty)
            {
                return null;
            }

            return new CodeExtensionSpec(code.Value, null, title, description, null, SetsFixedParts(map));
        }

        var spec = ReadCode(node, map);
        return spec is null ? null : new CodeExtensionSpec(spec.Code, spec.Name, spec.Title, spec.Description, spec, SetsFixedParts(map));
    }

    private static bool SetsFixedParts(Dictionary<string, KeyValuePair<YamlNode, YamlNode>> map)
        => map.ContainsKey("reason") || map.ContainsKey("aliases") || map.ContainsKey("deprecated") || map.ContainsKey("reference");
}

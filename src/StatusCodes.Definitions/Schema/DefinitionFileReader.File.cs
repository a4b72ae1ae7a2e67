using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    public DefinitionFileSpec? ParseFile(string text)
    {
        if (text.Length > _limits.MaxFileLength)
        {
            Report(
                DefinitionDiagnostics.LimitExceeded,
                SourceLocation.FileStart(_path),
                "The file's length (" + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)",
                _limits.MaxFileLength.ToString("N0", CultureInfo.InvariantCulture) + " characters",
                DefinitionLimits.PropertyNames.MaxFileLength);
            return null;
        }

        _text = text;
        if (TextEncodingCheck.Find(text) is { } encoding)
        {
            Report(DefinitionDiagnostics.NotUtf8, At(encoding.Index), encoding.Problem, encoding.Fix);
            return null;
        }

        var root = new YamlTreeReader(_path, _limits, Diagnostics, _cancellationToken).Read(text);
        if (ReportSyntaxCharacters(root))
        {
            return null;
        }

        if (Diagnostics.Count > 0)
        {
            return null;
        }

        if (root is null || root.IsNull)
        {
            Report(DefinitionDiagnostics.EmptyDefinitionFile, SourceLocation.FileStart(_path));
            return null;
        }

        var map = ReadMapping(root, "the definition file", SchemaKeys.File, "the definition file");
        if (map is null)
        {
            return null;
        }

        string? ns = null;
        if (map.TryGetValue("namespace", out var nsNode))
        {
            ns = ReadString(nsNode.Value, "namespace");
            if (ns is not null && HasHiddenCharacter(ns, nsNode.Value, "namespace"))
            {
                ns = null;
            }
            else if (ns is not null && !Identifiers.IsValidNamespace(ns))
            {
                Report(DefinitionDiagnostics.InvalidNamespace, nsNode.Value.Location, ns);
                ns = null;
            }
        }

        if (!map.TryGetValue("locales", out var localesNode))
        {
            Report(DefinitionDiagnostics.MissingKey, FirstKeyLocation(root), "The definition file", "locales");
            return null;
        }

        ReadLocales(localesNode);
        if (_locales.Count == 0)
        {
            return null;
        }

        string? group = null;
        if (map.TryGetValue("group", out var groupNode))
        {
            group = ReadIdentifier(groupNode.Value, "group", "the group");
        }

        var sets = new List<SetSpec>();
        var extensions = new List<(SetExtensionSpec Spec, SetSourceMap SourceMap)>();
        if (!map.TryGetValue("sets", out var setsNode))
        {
            Report(DefinitionDiagnostics.MissingKey, FirstKeyLocation(root), "The definition file", "sets");
        }
        else if (RequireKind(setsNode.Value, "sets", YamlNodeKind.Sequence, "a list of sets"))
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var setNode in setsNode.Value.Items)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (IsExtension(setNode))
                {
                    ReadExtension(setNode, extensions);
                    continue;
                }

                var set = ReadSet(setNode, group is not null);
                if (set is null)
                {
                    continue;
                }

                if (seen.ContainsKey(set.Value.Spec.Name))
                {
                    Report(DefinitionDiagnostics.DuplicateSet, set.Value.SourceMap.NameLocation, set.Value.Spec.Name, ns ?? "(default)", _path);
                    continue;
                }

                seen.Add(set.Value.Spec.Name, sets.Count);
                sets.Add(set.Value.Spec);
                SourceMaps.Add(set.Value.SourceMap);
            }

            if (setsNode.Value.Items.Count == 0)
            {
                Report(DefinitionDiagnostics.EmptyDefinitionFile, setsNode.Value.Location);
            }
        }

        SourceMaps.AddRange(extensions.Select(e => e.SourceMap));
        return new DefinitionFileSpec(_path, ns, _locales.ToEquatableArray(), group, sets.ToEquatableArray())
        {
            Extensions = extensions.Select(e => e.Spec).ToEquatableArray(),
        };
    }

    private void ReadLocales(KeyValuePair<YamlNode, YamlNode> entry)
    {
        var node = entry.Value;
        if (!RequireKind(node, "locales", YamlNodeKind.Sequence, "a list of culture names such as [en-US, zh-CN]"))
        {
            return;
        }

        if (node.Items.Count == 0)
        {
            Report(DefinitionDiagnostics.WrongValueType, node.Location, "locales", "a list of at least one culture name", "an empty list");
            return;
        }

        foreach (var item in node.Items)
        {
            var name = ReadString(item, "locales");
            if (name is null || HasHiddenCharacter(name, item, "locale"))
            {
                continue;
            }

            var problem = LocaleNames.Validate(name, out _);
            if (problem is not null)
            {
                Report(DefinitionDiagnostics.InvalidLocale, item.Location, name, " " + problem);
            }
            else if (_locales.Contains(name))
            {
                Report(DefinitionDiagnostics.DuplicateLocale, item.Location, name);
            }
            else
            {
                _locales.Add(name);
            }
        }
    }
}

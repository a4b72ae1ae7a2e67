using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

internal sealed partial class DefinitionFileReader
{
    /// <summary>
    /// <c>tags:</c> of a set. A tag generates <c>Is{Name}()</c> beside the categories'
    /// <c>Is{Name}()</c> and <c>IsDefined()</c>, so its name must differ from theirs.
    /// </summary>
    private List<TagSpec> ReadTags(YamlNode node, string setName, List<CategorySpec> categories)
    {
        var tags = new List<TagSpec>();
        if (!RequireKind(node, "tags", YamlNodeKind.Sequence, "a list of tags"))
        {
            return tags;
        }

        foreach (var item in node.Items)
        {
            var map = ReadMapping(item, "a tag", SchemaKeys.Tag, "the tag");
            if (map is null)
            {
                continue;
            }

            var name = RequireIdentifier(map, item, "name", "The tag", "a tag name");
            if (name is null)
            {
                continue;
            }

            var nameLocation = map["name"].Value.Location;
            if (tags.Any(t => t.Name == name))
            {
                Report(DefinitionDiagnostics.DuplicateName, nameLocation, name, setName);
                continue;
            }

            if (name == "Defined" || categories.Any(c => c.Name == name))
            {
                Report(DefinitionDiagnostics.TagNameTaken, nameLocation, name, setName);
                continue;
            }

            if (!map.TryGetValue("title", out var titleNode))
            {
                Report(DefinitionDiagnostics.MissingKey, map["name"].Key.Location, "The tag '" + name + "'", "title");
                continue;
            }

            var title = ReadText(titleNode.Value, "title", "title of tag '" + name + "'");
            if (!title.IsEmpty)
            {
                tags.Add(new TagSpec(name, title));
            }
        }

        return tags;
    }

    private (SetSpec Spec, SetSourceMap SourceMap)? ReadSet(YamlNode node, bool inGroup)
    {
        var map = ReadMapping(node, "a set", SchemaKeys.Set, "the set");
        if (map is null)
        {
            return null;
        }

        if (!map.TryGetValue("name", out var nameNode))
        {
            Report(DefinitionDiagnostics.MissingKey, FirstKeyLocation(node), "The set", "name");
            return null;
        }

        var name = ReadIdentifier(nameNode.Value, "name", "a set name");
        if (name is null)
        {
            return null;
        }

        if (ReservedSetNames.TryGetValue(name, out var reservedFor))
        {
            Report(DefinitionDiagnostics.ReservedName, nameNode.Value.Location, name, reservedFor);
            return null;
        }

        string? key = null;
        SourceLocation? keyLocation = null;
        if (map.TryGetValue("key", out var keyNode))
        {
            key = ReadString(keyNode.Value, "key");
            if (key is not null && HasHiddenCharacter(key, keyNode.Value, "group key"))
            {
                return null;
            }

            keyLocation = keyNode.Value.Location;
            if (!inGroup)
            {
                Report(DefinitionDiagnostics.GroupOnlyKey, keyNode.Key.Location, "key");
            }
        }

        string? fallback = null;
        SourceLocation? fallbackLocation = null;
        if (map.TryGetValue("fallback", out var fallbackNode))
        {
            fallback = ReadIdentifier(fallbackNode.Value, "fallback", "a set name");
            fallbackLocation = fallbackNode.Value.Location;
            if (!inGroup)
            {
                Report(DefinitionDiagnostics.GroupOnlyKey, fallbackNode.Key.Location, "fallback");
            }
        }

        var convertibleTo = map.TryGetValue("convertible-to", out var convertibleNode)
            ? ReadConvertibleTo(convertibleNode.Value, name)
            : new List<NamedLocation>();

        var optIn = map.TryGetValue("opt-in", out var optInNode) && ReadFlag(optInNode.Value, "opt-in");

        var summary = map.TryGetValue("summary", out var summaryNode)
            ? ReadText(summaryNode.Value, "summary", "summary of set '" + name + "'")
            : LocalizedText.None;

        var categories = map.TryGetValue("categories", out var categoriesNode)
            ? ReadCategories(categoriesNode.Value, name)
            : new List<CategorySpec>();

        var tags = map.TryGetValue("tags", out var tagsNode)
            ? ReadTags(tagsNode.Value, name, categories)
            : new List<TagSpec>();
        _tags = tags.Select(t => t.Name).ToList();
        _tagSet = name;

        var codes = new List<CodeSpec>();
        if (!map.TryGetValue("codes", out var codesNode))
        {
            Report(DefinitionDiagnostics.MissingKey, nameNode.Key.Location, "The set '" + name + "'", "codes");
            return null;
        }

        if (RequireKind(codesNode.Value, "codes", YamlNodeKind.Sequence, "a list of codes"))
        {
            if (TooManyCodes(codesNode, "Set '" + name + "'"))
            {
                return null;
            }

            ReadCodes(codesNode.Value, name, codes);
            if (codesNode.Value.Items.Count == 0)
            {
                Report(DefinitionDiagnostics.EmptySet, nameNode.Value.Location, name);
            }
        }

        _tags = new List<string>();
        var spec = new SetSpec(name, key, fallback, summary, categories.ToEquatableArray(), codes.ToEquatableArray(), convertibleTo.Select(t => t.Name).ToEquatableArray(), tags.ToEquatableArray()) { IsOptIn = optIn };
        var sourceMap = new SetSourceMap(name, nameNode.Value.Location, keyLocation, fallbackLocation, convertibleTo.ToEquatableArray());
        return (spec, sourceMap);
    }

    /// <summary>
    /// <c>convertible-to: [System.Net.HttpStatusCode]</c>: full names of enums. Whether a type exists
    /// needs the compilation, so only the spelling is checked here; the generator checks the rest.
    /// </summary>
    private List<NamedLocation> ReadConvertibleTo(YamlNode node, string setName)
    {
        var types = new List<NamedLocation>();
        if (!RequireKind(node, "convertible-to", YamlNodeKind.Sequence, "a list of enum type names such as [System.Net.HttpStatusCode]"))
        {
            return types;
        }

        foreach (var item in node.Items)
        {
            var typeName = ReadString(item, "convertible-to");
            if (typeName is null || HasHiddenCharacter(typeName, item, "type name"))
            {
                continue;
            }

            if (!Identifiers.IsValidNamespace(typeName))
            {
                Report(DefinitionDiagnostics.InvalidTypeName, item.Location, typeName);
                continue;
            }

            var simpleName = Identifiers.SimpleName(typeName);
            var clash = types.FirstOrDefault(t => string.Equals(Identifiers.SimpleName(t.Name), simpleName, StringComparison.Ordinal));
            if (clash is not null)
            {
                Report(DefinitionDiagnostics.DuplicateConversion, item.Location, typeName, setName, simpleName, clash.Name);
                continue;
            }

            types.Add(new NamedLocation(typeName, item.Location));
        }

        return types;
    }

    private List<CategorySpec> ReadCategories(YamlNode node, string setName)
    {
        var categories = new List<CategorySpec>();
        if (!RequireKind(node, "categories", YamlNodeKind.Sequence, "a list of categories"))
        {
            return categories;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in node.Items)
        {
            var map = ReadMapping(item, "a category", SchemaKeys.Category, "the category");
            if (map is null)
            {
                continue;
            }

            var name = RequireIdentifier(map, item, "name", "The category", "a category name");
            var from = RequireInt(map, item, "from", "The category");
            var to = RequireInt(map, item, "to", "The category");
            if (name is null || from is null || to is null)
            {
                continue;
            }

            var nameLocation = map["name"].Value.Location;
            if (name == "None")
            {
                Report(DefinitionDiagnostics.ReservedName, nameLocation, name, "the category of codes outside every range");
                continue;
            }

            if (IsEnumValueField(name, nameLocation))
            {
                continue;
            }

            if (!names.Add(name))
            {
                Report(DefinitionDiagnostics.DuplicateName, nameLocation, name, setName);
                continue;
            }

            if (from > to)
            {
                Report(DefinitionDiagnostics.InvalidCategoryRange, map["from"].Value.Location, name, ValueRules.Format(from.Value), ValueRules.Format(to.Value));
                continue;
            }

            var overlap = categories.FirstOrDefault(c => from <= c.To && to >= c.From);
            if (overlap is not null)
            {
                Report(
                    DefinitionDiagnostics.OverlappingCategories,
                    map["from"].Value.Location,
                    name, ValueRules.Format(from.Value), ValueRules.Format(to.Value), overlap.Name, ValueRules.Format(overlap.From), ValueRules.Format(overlap.To));
                continue;
            }

            var what = "category '" + name + "'";
            if (!map.TryGetValue("title", out var titleNode))
            {
                Report(DefinitionDiagnostics.MissingKey, nameLocation, "The category '" + name + "'", "title");
                continue;
            }

            var title = ReadText(titleNode.Value, "title", "title of " + what);
            var description = map.TryGetValue("description", out var descriptionNode)
                ? ReadText(descriptionNode.Value, "description", "description of " + what)
                : LocalizedText.None;
            categories.Add(new CategorySpec(name, from.Value, to.Value, title, description));
        }

        return categories;
    }
}

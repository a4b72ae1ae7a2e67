using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Model;

namespace StatusCodes.Definitions.Parsing;

/// <summary>
/// Reads one definition file (schema version 1) into a <see cref="DefinitionFileSpec"/> and located
/// findings. Never throws for any input: what it cannot use it reports, and it keeps every part of
/// the file that is still sound, so one mistake does not hide the rest of the file.
/// </summary>
public static class DefinitionParser
{
    public static DefinitionParseResult Parse(string path, string text, DefinitionLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var session = new Session(path, limits ?? DefinitionLimits.Default, cancellationToken);
        var spec = session.ParseFile(text);
        return new DefinitionParseResult(spec, session.Diagnostics.ToEquatableArray(), session.Anchors.ToEquatableArray());
    }

    /// <summary>The location of the character at <paramref name="index"/> of <paramref name="text"/>, for findings made outside the parser.</summary>
    public static SourceLocation Locate(string path, string text, int index)
        => new Session(path, DefinitionLimits.Default, CancellationToken.None).Locate(text, index);

    /// <summary>
    /// The look-alike characters in YAML syntax that <see cref="Parse"/> reports as SCG0010, with the
    /// ASCII character each stands for: what <c>statuscodes lint --fix</c> replaces.
    /// </summary>
    public static IReadOnlyList<SyntaxCharacter> FindSyntaxCharacters(string text)
        => new Session("fix.codes.yaml", DefinitionLimits.Default, CancellationToken.None).FindSyntaxCharacters(text);

    private static class Keys
    {
        public static readonly string[] File = { "namespace", "locales", "group", "sets" };
        public static readonly string[] Set = { "name", "key", "fallback", "convertible-to", "opt-in", "summary", "categories", "tags", "codes" };
        public static readonly string[] Tag = { "name", "title" };
        public static readonly string[] Extension = { "extend", "pack", "codes" };
        public static readonly string[] Category = { "name", "from", "to", "title", "description" };
        public static readonly string[] Code = { "code", "name", "reason", "title", "description", "aliases", "deprecated", "reference", "tags" };

        // The tags of a code refer to the extended set's tags, which only the catalog knows.
        public static readonly string[] ExtensionCode = { "code", "name", "reason", "title", "description", "aliases", "deprecated", "reference" };
    }

    /// <summary>Names the generator itself uses in the default namespace.</summary>
    private static readonly Dictionary<string, string> ReservedSetNames = new(StringComparer.Ordinal)
    {
        ["StatusLocale"] = "the generated locale types",
        ["StatusLocales"] = "the generated locale types",
    };

    /// <summary>The keys whose values are texts: there full-width punctuation and other characters are content.</summary>
    private static readonly HashSet<string> TextKeys = new(StringComparer.Ordinal) { "title", "description", "summary", "deprecated", "reason", "reference" };

    /// <summary>The field every enum has for its value; no member may take its name.</summary>
    private const string EnumValueField = "value__";

    private sealed class Session
    {
        private readonly string _path;
        private readonly DefinitionLimits _limits;
        private readonly CancellationToken _cancellationToken;
        private readonly List<string> _locales = new();
        private string _text = string.Empty;
        private List<int>? _lineStarts;

        public Session(string path, DefinitionLimits limits, CancellationToken cancellationToken)
        {
            _path = path;
            _limits = limits;
            _cancellationToken = cancellationToken;
        }

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public List<SetAnchor> Anchors { get; } = new();

        private string DefaultLocale => _locales.Count > 0 ? _locales[0] : "en-US";

        // The tag names of the set being read, which its codes may list.
        private List<string> _tags = new();

        private string _tagSet = string.Empty;

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
                var map = ReadMapping(item, "a tag", Keys.Tag, "the tag");
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

            var map = ReadMapping(root, "the definition file", Keys.File, "the definition file");
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

            var sets = new List<CodeSetSpec>();
            var extensions = new List<(SetExtensionSpec Spec, SetAnchor Anchor)>();
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
                        Report(DefinitionDiagnostics.DuplicateSet, set.Value.Anchor.NameLocation, set.Value.Spec.Name, ns ?? "(default)", _path);
                        continue;
                    }

                    seen.Add(set.Value.Spec.Name, sets.Count);
                    sets.Add(set.Value.Spec);
                    Anchors.Add(set.Value.Anchor);
                }

                if (setsNode.Value.Items.Count == 0)
                {
                    Report(DefinitionDiagnostics.EmptyDefinitionFile, setsNode.Value.Location);
                }
            }

            Anchors.AddRange(extensions.Select(e => e.Anchor));
            return new DefinitionFileSpec(_path, ns, _locales.ToEquatableArray(), group, sets.ToEquatableArray())
            {
                Extensions = extensions.Select(e => e.Spec).ToEquatableArray(),
            };
        }

        /// <summary>
        /// Full-width and look-alike characters where YAML needs ASCII syntax. They explain the
        /// findings that follow from them (an unknown key 'title： { zh-CN', a list that is a text),
        /// so when there are any the file is not read further. When the YAML could not be read, only
        /// those up to the line after the one where reading stopped are reported (the reader often stops
        /// on the token before the culprit); further on, what is a text is unknown.
        /// </summary>
        private bool ReportSyntaxCharacters(YamlNode? root)
        {
            var findings = SyntaxCharactersToReport(root).Select(character => DiagnosticInfo.Create(
                DefinitionDiagnostics.LookAlikeSyntax,
                At(character.Index),
                CharacterNames.Quote(character.Character),
                character.Where,
                character.Needs,
                character.Fix)).ToList();
            Diagnostics.InsertRange(0, findings);
            return findings.Count > 0;
        }

        public List<SyntaxCharacter> SyntaxCharactersToReport(YamlNode? root)
        {
            var found = SyntaxCharacterScanner.Scan(_text);
            var kept = new List<SyntaxCharacter>();
            if (found.Count == 0)
            {
                return kept;
            }

            var texts = new List<(int Start, int End)>();
            if (root is not null)
            {
                CollectTextSpans(root, texts);
            }

            var readUpTo = int.MaxValue;
            if (root is null && Diagnostics.Count > 0 && Diagnostics[0].Location is { } stop)
            {
                var line = LineStarts();
                readUpTo = stop.StartLine + 2 < line.Count ? line[stop.StartLine + 2] : int.MaxValue;
            }

            foreach (var character in found)
            {
                // An invisible character that turned the quote after it into text starts that text: it is kept.
                if (character.Index < readUpTo && !texts.Any(t => character.Index >= t.Start && character.Index < t.End && !(character.Index == t.Start && character.Replacement is null && Confusables.IsInvisible(character.Character))))
                {
                    kept.Add(character);
                }
            }

            return kept;
        }

        /// <summary>What <see cref="DefinitionParser.FindSyntaxCharacters"/> answers.</summary>
        public List<SyntaxCharacter> FindSyntaxCharacters(string text)
        {
            _text = text;
            var root = new YamlTreeReader(_path, _limits, Diagnostics, _cancellationToken).Read(text);
            return SyntaxCharactersToReport(root);
        }

        private static void CollectTextSpans(YamlNode node, List<(int Start, int End)> spans)
        {
            if (node.Kind == YamlNodeKind.Sequence)
            {
                foreach (var item in node.Items)
                {
                    CollectTextSpans(item, spans);
                }
            }
            else if (node.Kind == YamlNodeKind.Mapping)
            {
                foreach (var entry in node.Entries)
                {
                    if (entry.Key.Value is { } key && TextKeys.Contains(key))
                    {
                        CollectValueSpans(entry.Value, spans);
                    }
                    else
                    {
                        CollectTextSpans(entry.Value, spans);
                    }
                }
            }
        }

        private static void CollectValueSpans(YamlNode node, List<(int Start, int End)> spans)
        {
            switch (node.Kind)
            {
                case YamlNodeKind.Scalar:
                    var location = node.Location;
                    spans.Add((location.StartIndex, location.EndIndex));
                    break;
                case YamlNodeKind.Mapping:
                    foreach (var entry in node.Entries)
                    {
                        CollectValueSpans(entry.Value, spans);
                    }

                    break;
                default:
                    foreach (var item in node.Items)
                    {
                        CollectValueSpans(item, spans);
                    }

                    break;
            }
        }

        /// <summary>
        /// An invisible character, another space or a letter of a look-alike script in a name: C#
        /// accepts most of them, and the name then differs from the one it shows.
        /// </summary>
        private bool HasHiddenCharacter(string name, YamlNode node, string role)
        {
            var index = Confusables.FindInName(name, out var clean);
            if (index < 0)
            {
                return false;
            }

            var c = name[index];
            role = role.StartsWith("a ", StringComparison.Ordinal) ? role.Substring(2) : role.StartsWith("an ", StringComparison.Ordinal) ? role.Substring(3) : role;
            var why = Confusables.IsInvisible(c)
                ? "an invisible character, so the name is not the '" + clean + "' it shows"
                : Confusables.IsOtherSpace(c)
                    ? "a space that is not the ASCII space"
                    : c is >= '\uFF01' and <= '\uFF5E'
                    ? "a full-width character, which looks like the ASCII '" + (char)(c - 0xFEE0) + "' but is another character"
                    : "a letter of another script among Latin letters" + (Confusables.LatinLookAlike(c) is { } lookAlike ? ", which looks like the Latin '" + lookAlike.Latin + "'" : string.Empty);
            Report(DefinitionDiagnostics.HiddenCharacterInName, CharacterLocation(node, c), role, Visible(name), CharacterNames.Name(c), why, Visible(clean));
            return true;
        }

        /// <summary>A name as a message can show it: invisible characters as \uXXXX.</summary>
        private static string Visible(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (Confusables.IsInvisible(c) || Confusables.IsOtherSpace(c) || char.IsControl(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>Where <paramref name="c"/> is written inside <paramref name="node"/>; the node's start when it is written as an escape.</summary>
        private SourceLocation CharacterLocation(YamlNode node, char c)
        {
            var location = node.Location;
            var end = Math.Min(location.EndIndex, _text.Length);
            for (var i = location.StartIndex; i < end; i++)
            {
                if (_text[i] == c)
                {
                    return At(i);
                }
            }

            return location;
        }

        public SourceLocation Locate(string text, int index)
        {
            _text = text;
            return At(Math.Max(0, Math.Min(index, text.Length)));
        }

        /// <summary>The location of the one character at <paramref name="index"/>.</summary>
        private SourceLocation At(int index)
        {
            var starts = LineStarts();
            var line = starts.BinarySearch(index);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var column = index - starts[line];
            var end = Math.Min(index + 1, _text.Length);
            return new SourceLocation(_path, line, column, line, column + (end - index), index, end);
        }

        private List<int> LineStarts()
        {
            if (_lineStarts is not null)
            {
                return _lineStarts;
            }

            _lineStarts = new List<int> { 0 };
            for (var i = 0; i < _text.Length; i++)
            {
                var c = _text[i];
                if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 == _text.Length || _text[i + 1] != '\n')))
                {
                    _lineStarts.Add(i + 1);
                }
            }

            return _lineStarts;
        }
        private static bool IsExtension(YamlNode node)
            => node.Kind == YamlNodeKind.Mapping && node.Entries.Any(e => e.Key.Value == "extend");

        /// <summary>
        /// <c>extend: Target</c> with <c>codes</c>. Two entries of one file that extend the same set
        /// are read as one, so that every code of the file is checked against the others.
        /// </summary>
        private void ReadExtension(YamlNode node, List<(SetExtensionSpec Spec, SetAnchor Anchor)> extensions)
        {
            var map = ReadMapping(node, "a set", Keys.Extension, "the set extension");
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
            var anchors = index < 0 ? new List<CodeAnchor>() : extensions[index].Anchor.Codes.ToList();
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
                    Report(DefinitionDiagnostics.DuplicateCode, codeLocation, Format(code.Code), target, first.Name ?? Format(first.Code));
                    continue;
                }

                if (code.Name is not null && codes.Any(c => c.Name == code.Name))
                {
                    Report(DefinitionDiagnostics.DuplicateName, nameLocation!, code.Name, target);
                    continue;
                }

                codes.Add(code);
                anchors.Add(new CodeAnchor(code.Code, codeLocation, nameLocation));
            }

            var spec = new SetExtensionSpec(target, codes.ToEquatableArray()) { Pack = pack };
            if (index < 0)
            {
                var anchor = new SetAnchor(target, null, null, extendNode.Value.Location, null, null, IsExtension: true, Codes: anchors.ToEquatableArray());
                extensions.Add((spec, anchor));
            }
            else
            {
                extensions[index] = (spec, extensions[index].Anchor with { Codes = anchors.ToEquatableArray() });
            }
        }

        /// <summary>
        /// A code of an extension. Without a name it adds texts to an existing code, so its texts may
        /// cover only some locales; with a name it may be a new code and needs a title like any code.
        /// </summary>
        private CodeExtensionSpec? ReadExtensionCode(YamlNode node, out Dictionary<string, KeyValuePair<YamlNode, YamlNode>>? map)
        {
            map = ReadMapping(node, "a code", Keys.ExtensionCode, "the code");
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
                    Report(DefinitionDiagnostics.MissingKey, map["code"].Key.Location, "The code " + Format(code.Value), "title");
                    return null;
                }

                var what = "code " + Format(code.Value);
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

        private (CodeSetSpec Spec, SetAnchor Anchor)? ReadSet(YamlNode node, bool inGroup)
        {
            var map = ReadMapping(node, "a set", Keys.Set, "the set");
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

            var codes = new List<StatusCodeSpec>();
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
            var spec = new CodeSetSpec(name, key, fallback, summary, categories.ToEquatableArray(), codes.ToEquatableArray(), convertibleTo.Select(t => t.Name).ToEquatableArray(), tags.ToEquatableArray()) { IsOptIn = optIn };
            var anchor = new SetAnchor(name, key, fallback, nameNode.Value.Location, keyLocation, fallbackLocation, convertibleTo.ToEquatableArray());
            return (spec, anchor);
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
                var map = ReadMapping(item, "a category", Keys.Category, "the category");
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
                    Report(DefinitionDiagnostics.InvalidCategoryRange, map["from"].Value.Location, name, Format(from.Value), Format(to.Value));
                    continue;
                }

                var overlap = categories.FirstOrDefault(c => from <= c.To && to >= c.From);
                if (overlap is not null)
                {
                    Report(
                        DefinitionDiagnostics.OverlappingCategories,
                        map["from"].Value.Location,
                        name, Format(from.Value), Format(to.Value), overlap.Name, Format(overlap.From), Format(overlap.To));
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

        private void ReadCodes(YamlNode node, string setName, List<StatusCodeSpec> codes)
        {
            var parsed = new List<(StatusCodeSpec Spec, YamlNode Node, Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Map)>();
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
            var owners = new Dictionary<string, StatusCodeSpec>(StringComparer.Ordinal);
            var kept = new List<(StatusCodeSpec Spec, Dictionary<string, KeyValuePair<YamlNode, YamlNode>> Map)>();
            foreach (var (spec, _, map) in parsed)
            {
                if (byCode.TryGetValue(spec.Code, out var first))
                {
                    Report(DefinitionDiagnostics.DuplicateCode, map["code"].Value.Location, Format(spec.Code), setName, first);
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
                            Report(DefinitionDiagnostics.AliasClash, location, alias, spec.Name, Format(owner.Code), setName);
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

        private StatusCodeSpec? ReadCode(YamlNode node, out Dictionary<string, KeyValuePair<YamlNode, YamlNode>>? map)
        {
            map = ReadMapping(node, "a code", Keys.Code, "the code");
            return map is null ? null : ReadCode(node, map);
        }

        private StatusCodeSpec? ReadCode(YamlNode node, Dictionary<string, KeyValuePair<YamlNode, YamlNode>> map)
        {
            var code = RequireInt(map, node, "code", "The code");
            var name = RequireIdentifier(map, node, "name", "The code" + (code is null ? string.Empty : " " + Format(code.Value)), "a code name");
            if (code is null || name is null || IsEnumValueField(name, map["name"].Value.Location))
            {
                return null;
            }

            var what = "code " + Format(code.Value) + " '" + name + "'";
            if (!map.TryGetValue("title", out var titleNode))
            {
                Report(DefinitionDiagnostics.MissingKey, map["name"].Key.Location, "The code " + Format(code.Value), "title");
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

                if (!IsReasonPhrase(text))
                {
                    Report(DefinitionDiagnostics.InvalidReasonPhrase, reasonNode.Value.Location, name);
                    return null;
                }

                reason = text;
            }
            else
            {
                var defaultTitle = title.Resolve(DefaultLocale, _locales);
                reason = IsReasonPhrase(defaultTitle) ? defaultTitle : SplitWords(name);
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
                if (reference is not null && !IsHttpUrl(reference))
                {
                    Report(DefinitionDiagnostics.InvalidReference, referenceNode.Value.Location, reference);
                    reference = null;
                }
            }

            var tags = map.TryGetValue("tags", out var tagsNode) ? ReadCodeTags(tagsNode.Value, _tagSet) : new List<string>();
            return new StatusCodeSpec(code.Value, name, reason, title, description, aliases.ToEquatableArray(), deprecated, reference, tags.ToEquatableArray());
        }

        /// <summary>A text given per locale (<c>{ en-US: ..., zh-TW: ... }</c>) or as one string in the default locale.</summary>
        private LocalizedText ReadText(YamlNode node, string key, string what, bool reportMissing = true)
        {
            var entries = new List<LocalizedString>();
            if (node.Kind == YamlNodeKind.Scalar && !node.IsNull)
            {
                if (CheckText(node.Value!, node.Location, what, DefaultLocale))
                {
                    entries.Add(new LocalizedString(DefaultLocale, node.Value!));
                }
            }
            else if (node.Kind == YamlNodeKind.Mapping)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in node.Entries)
                {
                    var locale = entry.Key.Value ?? string.Empty;
                    if (HasHiddenCharacter(locale, entry.Key, "locale"))
                    {
                        continue;
                    }

                    if (!seen.Add(locale))
                    {
                        Report(DefinitionDiagnostics.DuplicateKey, entry.Key.Location, locale);
                        continue;
                    }

                    if (!_locales.Contains(locale))
                    {
                        var problem = LocaleNames.Validate(locale, out _);
                        if (problem is not null)
                        {
                            Report(DefinitionDiagnostics.InvalidLocale, entry.Key.Location, locale, " " + problem);
                        }
                        else
                        {
                            Report(DefinitionDiagnostics.UndeclaredLocale, entry.Key.Location, locale, string.Join(", ", _locales));
                        }

                        continue;
                    }

                    var text = ReadString(entry.Value, key + "." + locale);
                    if (text is not null && CheckText(text, entry.Value.Location, what, locale))
                    {
                        entries.Add(new LocalizedString(locale, text));
                    }
                }
            }
            else
            {
                Report(DefinitionDiagnostics.WrongValueType, node.Location, key, "a text or a mapping of locale to text", node.Describe());
            }

            var result = new LocalizedText(entries.ToEquatableArray());
            if (!result.IsEmpty && reportMissing)
            {
                var fallback = result.Get(DefaultLocale) is not null ? DefaultLocale : entries[0].Locale;
                foreach (var locale in _locales)
                {
                    if (result.Get(locale) is null)
                    {
                        Report(DefinitionDiagnostics.MissingTranslation, node.Location, what, locale, fallback);
                    }
                }
            }

            return result;
        }

        private bool CheckText(string text, SourceLocation location, string what, string locale)
        {
            if (text.Trim().Length == 0)
            {
                Report(DefinitionDiagnostics.EmptyText, location, what, locale);
                return false;
            }

            if (text.Length > _limits.MaxTextLength)
            {
                Report(
                    DefinitionDiagnostics.LimitExceeded,
                    location,
                    "The " + what + " text (" + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)",
                    _limits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture) + " characters",
                    DefinitionLimits.PropertyNames.MaxTextLength);
                return false;
            }

            foreach (var c in text)
            {
                if (Confusables.IsBidiControl(c))
                {
                    Report(DefinitionDiagnostics.BidiControlInText, TextCharacterLocation(location, c), what, CharacterNames.Name(c));
                    break;
                }
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    Report(DefinitionDiagnostics.InvalidText, location, what, "an unpaired surrogate (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")");
                    return false;
                }
            }

            return true;
        }

        private SourceLocation TextCharacterLocation(SourceLocation location, char c)
        {
            var end = Math.Min(location.EndIndex, _text.Length);
            for (var i = location.StartIndex; i < end; i++)
            {
                if (_text[i] == c)
                {
                    return At(i);
                }
            }

            return location;
        }

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
                    var closest = Closest(key, knownKeys);
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
            if (text is not null && !IsDecimalInteger(text) && OtherDigits(text) is { } ascii)
            {
                var digit = text.First(c => c > '\u007F');
                Report(DefinitionDiagnostics.NonAsciiDigits, CharacterLocation(node, digit), key, CharacterNames.Quote(digit), text, ascii);
                return null;
            }

            if (text is null || !IsDecimalInteger(text))
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

        private void Report(DiagnosticDescriptorInfo descriptor, SourceLocation location, params string[] arguments)
            => Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsDecimalInteger(string text)
    {
        var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="text"/> in ASCII when it is a whole number written with other digits (full-width
    /// <c>１２３</c>, Arabic-Indic, Devanagari) or a full-width sign; otherwise null.
    /// </summary>
    private static string? OtherDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        var other = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)
            {
                builder.Append((char)('0' + (int)CharUnicodeInfo.GetDecimalDigitValue(c)));
                other = true;
            }
            else if (i == 0 && (c is '-' or '+' || SyntaxCharacterScanner.IsDashLookAlike(c) || c == '\uFF0B'))
            {
                builder.Append(c == '+' || c == '\uFF0B' ? '+' : '-');
                other |= c is not ('-' or '+');
            }
            else
            {
                return null;
            }
        }

        var result = builder.ToString();
        return other && IsDecimalInteger(result) ? result : null;
    }

    internal static bool IsReasonPhrase(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] == ' ')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHttpUrl(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https");

    /// <summary><c>CardDeclined</c> → <c>Card Declined</c>: the reason phrase when no ASCII title exists.</summary>
    internal static string SplitWords(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is < ' ' or > '~' || c == '_')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]) && builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }

            builder.Append(c);
        }

        var result = builder.ToString().Trim();
        return result.Length == 0 ? "Status" : result;
    }

    /// <summary>The known key closest to a misspelt one, by edit distance, when it is close enough to be a typo.</summary>
    internal static string? Closest(string key, string[] known)
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

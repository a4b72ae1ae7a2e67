using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using StatusCodes.Tool.Import.Interpreting;
using StatusCodes.Tool.Inputs;

namespace StatusCodes.Tool.Import.Writing;

/// <summary>The merged file and what happened.</summary>
/// <param name="Changed">How many texts were added or replaced (0: the file is already up to date and is returned unchanged).</param>
internal sealed record MergeResult(string Text, int Changed, int Unchanged, bool LocaleAdded, IReadOnlyList<string> Report);

/// <summary>
/// Adds one locale's texts from an imported document to an existing definition file by editing
/// the file's text in place: only the values of that locale are replaced or inserted, so every
/// other locale, every other key, the comments and the layout stay exactly as they were. Codes
/// are matched by number, protocol sets by key. The result is parsed again and compared with the
/// original before it is returned; anything beyond the intended change is an error.
/// </summary>
internal sealed partial class DefinitionMerger
{
    private readonly string _text;
    private readonly string _newLine;
    private readonly string _path;
    private readonly string _locale;
    private readonly string _defaultLocale;
    private readonly TextEdits _edits = new();
    private readonly List<(string Set, string What, Func<DefinitionFileSpec, string?> Read, string Expected)> _intended = new();
    private int _unchanged;

    private DefinitionMerger(TextFile file, string path, string locale, string defaultLocale)
    {
        _text = file.Text;
        _newLine = file.NewLine;
        _path = path;
        _locale = locale;
        _defaultLocale = defaultLocale;
    }

    public static MergeResult Merge(TextFile file, string path, DefinitionFileSpec spec, ImportedDocument document, string? targetSet)
    {
        var merger = new DefinitionMerger(file, path, document.Locale, spec.DefaultLocale);
        return merger.Run(spec, document, targetSet);
    }

    private MergeResult Run(DefinitionFileSpec spec, ImportedDocument document, string? targetSet)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var root = new YamlTreeReader(_path, DefinitionLimits.Default, diagnostics, default).Read(_text)
            ?? throw new InvalidOperationException("The file could not be read as YAML.");
        var report = new List<string>();

        var localeAdded = !spec.Locales.Contains(_locale);
        if (localeAdded)
        {
            AddLocale(Entry(root, "locales")!.Value.Value, spec.Locales);
            report.Add("added the locale " + _locale + " to 'locales'.");
        }

        var setNodes = Entry(root, "sets")!.Value.Value.Items
            .Where(n => n.Kind == YamlNodeKind.Mapping && Entry(n, "name") is not null)
            .ToDictionary(n => Entry(n, "name")!.Value.Value.Value!, StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in document.Sets)
        {
            var target = FindSet(spec, set, targetSet, matched);
            if (target is null || !setNodes.TryGetValue(target.Name, out var setNode))
            {
                report.Add("set " + set.Name + (set.Key is null ? string.Empty : " (" + set.Key + ")") + " from the document matches no set in " + _path
                    + "; its " + set.Codes.Count + " codes were not merged" + (set.Key is null ? " (use --set to name the target set)." : "."));
                continue;
            }

            matched.Add(target.Name);
            MergeSet(set, target, setNode, report);
        }

        var text = _edits.Count == 0 ? _text : _edits.ApplyTo(_text);
        if (_edits.Count > 0)
        {
            Verify(spec, text);
        }

        return new MergeResult(text, _intended.Count, _unchanged, localeAdded, report);
    }

    private static SetSpec? FindSet(DefinitionFileSpec spec, ImportedSet set, string? targetSet, HashSet<string> matched)
    {
        if (set.Key is not null)
        {
            return spec.Sets.FirstOrDefault(s => string.Equals(s.Key, set.Key, StringComparison.OrdinalIgnoreCase))
                ?? spec.Sets.FirstOrDefault(s => s.Name == set.Name);
        }

        if (targetSet is not null)
        {
            return spec.Sets.FirstOrDefault(s => s.Name == targetSet);
        }

        return spec.Sets.FirstOrDefault(s => s.Name == set.Name)
            ?? (spec.Sets.Count == 1 && !matched.Contains(spec.Sets[0].Name) ? spec.Sets[0] : null);
    }

    private void MergeSet(ImportedSet set, SetSpec target, YamlNode setNode, List<string> report)
    {
        var name = target.Name;
        if (set.Summary is not null)
        {
            var anchor = new[] { "name", "key", "fallback" }.Select(k => Entry(setNode, k)).Where(e => e is not null).OrderBy(e => e!.Value.Key.Location.StartIndex).Last();
            SetText(setNode, "summary", target.Summary, set.Summary, anchor, name, "the summary", s => Set(s, name)?.Summary.Get(_locale));
        }

        var categoryNodes = Entry(setNode, "categories")?.Value.Items ?? new List<YamlNode>();
        foreach (var category in set.Categories)
        {
            var spec = target.Categories.FirstOrDefault(c => c.Name == category.Name) ?? target.Categories.FirstOrDefault(c => c.From == category.From && c.To == category.To);
            var node = spec is null ? null : categoryNodes.FirstOrDefault(n => Entry(n, "name")?.Value.Value == spec.Name);
            if (spec is null || node is null)
            {
                report.Add("set " + name + ": the category " + category.Name + " is not in the file; it was not merged.");
                continue;
            }

            var categoryName = spec.Name;
            CategorySpec? Find(DefinitionFileSpec s) => Set(s, name)?.Categories.FirstOrDefault(c => c.Name == categoryName);
            SetText(node, "title", spec.Title, category.Title, null, name, "the title of category " + categoryName, s => Find(s)?.Title.Get(_locale));
            if (category.Description is not null)
            {
                SetText(node, "description", spec.Description, category.Description, Entry(node, "title"), name, "the description of category " + categoryName, s => Find(s)?.Description.Get(_locale));
            }
        }

        var codeNodes = new Dictionary<int, YamlNode>();
        foreach (var item in Entry(setNode, "codes")?.Value.Items ?? new List<YamlNode>())
        {
            if (Entry(item, "code")?.Value.Value is { } number && int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                codeNodes.TryAdd(value, item);
            }
        }

        var notInFile = new List<int>();
        foreach (var code in set.Codes)
        {
            var spec = target.Codes.FirstOrDefault(c => c.Code == code.Code);
            if (spec is null || !codeNodes.TryGetValue(code.Code, out var node))
            {
                notInFile.Add(code.Code);
                continue;
            }

            var number = code.Code;
            CodeSpec? Find(DefinitionFileSpec s) => Set(s, name)?.Codes.FirstOrDefault(c => c.Code == number);
            SetText(node, "title", spec.Title, code.Title, null, name, "the title of " + number, s => Find(s)?.Title.Get(_locale));
            if (code.Description is not null)
            {
                SetText(node, "description", spec.Description, code.Description, Entry(node, "title"), name, "the description of " + number, s => Find(s)?.Description.Get(_locale));
            }
        }

        var notInDocument = target.Codes.Select(c => c.Code).Where(c => set.Codes.All(d => d.Code != c)).ToList();
        if (notInFile.Count > 0)
        {
            report.Add("set " + name + ": " + Codes(notInFile) + " in the document but not in the file (not merged): " + List(notInFile) + ".");
        }

        if (notInDocument.Count > 0)
        {
            report.Add("set " + name + ": " + Codes(notInDocument) + " in the file but not in the document (left unchanged): " + List(notInDocument) + ".");
        }
    }

    /// <summary>
    /// Makes <paramref name="owner"/>'s text <paramref name="key"/> say <paramref name="text"/>
    /// in the merged locale, touching nothing else: replaces that locale's value, adds it to the
    /// mapping, turns a plain default-locale string into a mapping, or adds the key after
    /// <paramref name="after"/>.
    /// </summary>
    private void SetText(YamlNode owner, string key, LocalizedText current, string text, KeyValuePair<YamlNode, YamlNode>? after, string set, string what, Func<DefinitionFileSpec, string?> read)
    {
        if (current.Get(_locale) == text)
        {
            _unchanged++;
            return;
        }

        _intended.Add((set, what, read, text));
        var entry = Entry(owner, key);
        if (entry is null)
        {
            var anchor = after ?? owner.Entries.Last();
            var indent = IndentOf(anchor.Key);
            _edits.Insert(LineEnd(EndOf(anchor.Value)), _newLine + indent + key + ":" + _newLine + indent + "  " + YamlScalar.Format(_locale) + ": " + YamlScalar.Format(text));
            return;
        }

        var value = entry.Value.Value;
        if (value.Kind == YamlNodeKind.Mapping && IsFlow(value))
        {
            var pairs = value.Entries.Select(e => (Locale: e.Key.Value!, Text: e.Value.Value ?? string.Empty)).ToList();
            var index = pairs.FindIndex(p => p.Locale == _locale);
            if (index >= 0)
            {
                pairs[index] = (_locale, text);
            }
            else
            {
                pairs.Add((_locale, text));
            }

            _edits.Replace(value.Location.StartIndex, FlowEnd(value), "{ " + string.Join(", ", pairs.Select(p => YamlScalar.Format(p.Locale, true) + ": " + YamlScalar.Format(p.Text, true))) + " }");
        }
        else if (value.Kind == YamlNodeKind.Mapping)
        {
            var existing = Entry(value, _locale);
            if (existing is not null)
            {
                ReplaceScalar(existing.Value.Value, YamlScalar.Format(text));
            }
            else
            {
                var last = value.Entries.Last();
                _edits.Insert(LineEnd(EndOf(last.Value)), _newLine + IndentOf(last.Key) + YamlScalar.Format(_locale) + ": " + YamlScalar.Format(text));
            }
        }
        else if (_locale == _defaultLocale)
        {
            ReplaceScalar(value, YamlScalar.Format(text));
        }
        else
        {
            // A plain string is the default locale's text; it becomes a mapping with both.
            var indent = IndentOf(entry.Value.Key) + "  ";
            _edits.Replace(entry.Value.Key.Location.EndIndex, ContentEnd(value), ":" + _newLine
                + indent + YamlScalar.Format(_defaultLocale) + ": " + YamlScalar.Format(value.Value ?? string.Empty) + _newLine
                + indent + YamlScalar.Format(_locale) + ": " + YamlScalar.Format(text));
        }
    }

    private void AddLocale(YamlNode locales, IEnumerable<string> existing)
    {
        if (IsFlow(locales))
        {
            _edits.Replace(locales.Location.StartIndex, FlowEnd(locales), "[" + string.Join(", ", existing.Append(_locale).Select(l => YamlScalar.Format(l, true))) + "]");
            return;
        }

        var last = locales.Items.Last();
        var lineStart = LineStart(last.Location.StartIndex);
        var prefix = _text.Substring(lineStart, last.Location.StartIndex - lineStart);
        _edits.Insert(LineEnd(ContentEnd(last)), _newLine + prefix + YamlScalar.Format(_locale));
    }

    /// <summary>Parses the merged text and checks that it differs from the original in the merged locale's texts only, and has each of them.</summary>
    private void Verify(DefinitionFileSpec before, string merged)
    {
        var result = DefinitionParser.Parse(_path, merged);
        var errors = result.Diagnostics.Where(d => d.Severity == DefinitionSeverity.Error).ToList();
        if (result.Spec is null || errors.Count > 0)
        {
            throw new InvalidOperationException("The merged file would not be valid (" + string.Join("; ", errors.Select(e => e.ToString())) + ").");
        }

        if (Projection(before) != Projection(result.Spec))
        {
            throw new InvalidOperationException("The merge would change more than the " + _locale + " texts.");
        }

        foreach (var (set, what, read, expected) in _intended)
        {
            if (read(result.Spec) != expected)
            {
                throw new InvalidOperationException("The merge did not set " + what + " of set " + set + ".");
            }
        }
    }

    /// <summary>Everything the file says except the merged locale's texts (and, when that is the default locale, the reasons derived from them).</summary>
    private string Projection(DefinitionFileSpec spec)
    {
        var dump = new StringBuilder();
        string Texts(LocalizedText text) => string.Join("|", text.Entries.Where(e => e.Locale != _locale).Select(e => e.Locale + "=" + e.Text));
        dump.Append(spec.Namespace).Append(';').Append(spec.Group).Append(';').Append(string.Join(",", spec.Locales.Where(l => l != _locale))).Append('\n');
        foreach (var set in spec.Sets)
        {
            dump.Append(set.Name).Append(';').Append(set.Key).Append(';').Append(set.Fallback).Append(';').Append(Texts(set.Summary)).Append('\n');
            foreach (var c in set.Categories)
            {
                dump.Append(c.Name).Append(';').Append(c.From).Append(';').Append(c.To).Append(';').Append(Texts(c.Title)).Append(';').Append(Texts(c.Description)).Append('\n');
            }

            foreach (var c in set.Codes)
            {
                dump.Append(c.Code).Append(';').Append(c.Name).Append(';').Append(_locale == _defaultLocale ? string.Empty : c.Reason).Append(';')
                    .Append(string.Join(",", c.Aliases)).Append(';').Append(c.Deprecated).Append(';').Append(c.Reference).Append(';')
                    .Append(Texts(c.Title)).Append(';').Append(Texts(c.Description)).Append('\n');
            }
        }

        return dump.ToString();
    }

    private static string Codes(List<int> codes) => codes.Count == 1 ? "1 code" : codes.Count + " codes";

    private static string List(IEnumerable<int> codes) => string.Join(", ", codes.Select(c => c.ToString(CultureInfo.InvariantCulture)));
}

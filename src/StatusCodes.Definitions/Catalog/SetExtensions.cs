using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>A chosen set with what the project's <c>extend:</c> entries add to it.</summary>
/// <param name="CodeFiles">The file each added code comes from, whose locales its missing texts fall back through.</param>
/// <param name="Locales">The locales of the set's own file, then those of the files that extend it.</param>
internal sealed record ExtendedSet(SetSpec Set, IReadOnlyDictionary<int, DefinitionFileSpec> CodeFiles, IReadOnlyList<string> Locales);

/// <summary>
/// Applies the <c>extend:</c> entries of every file to the sets that survived the name checks.
/// Files are taken in path order, so the first extension that adds a code owns it. An existing
/// code keeps its name, reason, aliases and references; an extension adds texts in locales the
/// code lacks, and a text in a locale it has replaces the old one (reported as information).
/// </summary>
internal static class SetExtensions
{
    public static List<ExtendedSet> Apply(
        List<(DefinitionFileSpec File, SetSpec Set, string Namespace)> chosen,
        List<DefinitionFileSpec> ordered,
        CatalogOptions options,
        List<CatalogIssue> issues)
    {
        var states = chosen.Select(c => new State(c.File, c.Set)).ToList();
        foreach (var file in ordered)
        {
            var ns = file.Namespace ?? options.Namespace;
            foreach (var extension in file.Extensions)
            {
                var index = FindTarget(chosen, extension.Target, ns);
                if (index < 0)
                {
                    issues.Add(new CatalogIssue(DefinitionDiagnostics.UnknownExtendedSet, file.Path, extension.Target, SetPart.Extend, Args(extension.Target)));
                    continue;
                }

                states[index].Extend(file, extension, issues);
            }
        }

        return states.Select(s => s.ToExtendedSet()).ToList();
    }

    /// <summary>The set of that name in the file's namespace, else the first of that name in path order.</summary>
    private static int FindTarget(List<(DefinitionFileSpec File, SetSpec Set, string Namespace)> chosen, string name, string ns)
    {
        var index = chosen.FindIndex(c => c.Set.Name == name && c.Namespace == ns);
        return index >= 0 ? index : chosen.FindIndex(c => c.Set.Name == name);
    }

    private static EquatableArray<string> Args(params string[] values) => values.ToEquatableArray();


    private sealed class State
    {
        private readonly DefinitionFileSpec _file;
        private readonly SetSpec _set;
        private readonly SortedDictionary<int, CodeSpec> _codes = new();
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<int, DefinitionFileSpec> _codeFiles = new();
        private readonly Dictionary<(int Code, string Part, string Locale), string> _textFiles = new();
        private readonly List<string> _locales;
        private bool _changed;

        public State(DefinitionFileSpec file, SetSpec set)
        {
            _file = file;
            _set = set;
            _locales = file.Locales.ToList();
            foreach (var code in set.Codes)
            {
                _codes[code.Code] = code;
                _names[code.Name] = code.Code;
                foreach (var alias in code.Aliases)
                {
                    _names[alias] = code.Code;
                }
            }
        }

        public void Extend(DefinitionFileSpec file, SetExtensionSpec extension, List<CatalogIssue> issues)
        {
            var contributed = false;
            foreach (var entry in extension.Codes)
            {
                CatalogIssue Issue(DiagnosticDescriptorInfo descriptor, SetPart part, params string[] args)
                    => new(descriptor, file.Path, extension.Target, part, args.ToEquatableArray(), entry.Code);

                if (_codes.TryGetValue(entry.Code, out var existing))
                {
                    if (entry.Name is not null && entry.Name != existing.Name)
                    {
                        issues.Add(Issue(DefinitionDiagnostics.ExtensionRenamesCode, SetPart.ExtensionCodeName, ValueRules.Format(entry.Code), _set.Name, existing.Name, entry.Name));
                        continue;
                    }

                    if (_codeFiles.TryGetValue(entry.Code, out var owner) && entry.Name is not null)
                    {
                        issues.Add(Issue(DefinitionDiagnostics.CodeAddedTwice, SetPart.ExtensionCode, ValueRules.Format(entry.Code), _set.Name, owner.Path));
                        continue;
                    }

                    if (entry.SetsFixedParts)
                    {
                        issues.Add(Issue(DefinitionDiagnostics.ExtensionChangesCode, SetPart.ExtensionCode, ValueRules.Format(entry.Code), _set.Name));
                        continue;
                    }

                    var title = Merge(existing.Title, entry.Title, entry.Code, "title", file, extension.Target, issues);
                    var description = Merge(existing.Description, entry.Description, entry.Code, "description", file, extension.Target, issues);
                    _codes[entry.Code] = existing with { Title = title, Description = description };
                    contributed = true;
                    continue;
                }

                if (entry.NewCode is null)
                {
                    issues.Add(Issue(DefinitionDiagnostics.MissingKey, SetPart.ExtensionCode, "Code " + ValueRules.Format(entry.Code) + ", which set '" + _set.Name + "' does not have,", "name"));
                    continue;
                }

                var taken = new[] { entry.NewCode.Name }.Concat(entry.NewCode.Aliases).FirstOrDefault(_names.ContainsKey);
                if (taken is not null)
                {
                    issues.Add(Issue(DefinitionDiagnostics.ExtensionReusesName, SetPart.ExtensionCodeName, taken, ValueRules.Format(_names[taken]), _set.Name, ValueRules.Format(entry.Code)));
                    continue;
                }

                _codes[entry.Code] = entry.NewCode;
                _codeFiles[entry.Code] = file;
                foreach (var name in new[] { entry.NewCode.Name }.Concat(entry.NewCode.Aliases))
                {
                    _names[name] = entry.Code;
                }

                contributed = true;
            }

            if (contributed)
            {
                _changed = true;
                foreach (var locale in file.Locales.Where(l => !_locales.Contains(l)))
                {
                    _locales.Add(locale);
                }
            }
        }

        private LocalizedText Merge(LocalizedText existing, LocalizedText added, int code, string part, DefinitionFileSpec file, string setName, List<CatalogIssue> issues)
        {
            if (added.IsEmpty)
            {
                return existing;
            }

            var entries = existing.Entries.ToList();
            foreach (var text in added.Entries)
            {
                var index = entries.FindIndex(e => e.Locale == text.Locale);
                var key = (code, part, text.Locale);
                if (index >= 0)
                {
                    var from = _textFiles.TryGetValue(key, out var path) ? path : _codeFiles.TryGetValue(code, out var owner) ? owner.Path : _file.Path;
                    issues.Add(new CatalogIssue(DefinitionDiagnostics.ExtensionReplacesText, file.Path, setName, SetPart.ExtensionCode, Args(part, ValueRules.Format(code), _set.Name, text.Locale, from, file.Path), code));
                    entries[index] = text;
                }
                else
                {
                    entries.Add(text);
                }

                _textFiles[key] = file.Path;
            }

            return new LocalizedText(entries.ToEquatableArray());
        }

        public ExtendedSet ToExtendedSet()
            => new(_changed ? _set with { Codes = _codes.Values.ToEquatableArray() } : _set, _codeFiles, _locales);
    }
}

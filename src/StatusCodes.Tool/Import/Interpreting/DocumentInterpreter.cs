using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using StatusCodes.Definitions.Schema;
using StatusCodes.Tool.Import.Reading;

namespace StatusCodes.Tool.Import.Interpreting;

/// <summary>What the user told the importer.</summary>
/// <param name="SetName">--set: the set for every table without a protocol column.</param>
/// <param name="Group">The group of the protocol sets.</param>
internal sealed record ImportSettings(string Locale, string? SetName, string Group)
{
    public bool EnglishTexts => Locale == "en" || Locale.StartsWith("en-", StringComparison.Ordinal);
}

/// <summary>
/// Turns found tables into sets and codes. Rules, in short (docs/tool.md has them in full):
/// a table with a protocol column gives one set per protocol; every other table gives the set
/// named by --set, by the identifier heading above it, or HttpStatus (all codes 100-599) or
/// Status. A code mentioned more than once (several tables, several lists) is one code: its
/// title is the explicit title, else the shortest first sentence of its texts; its description
/// the explicit description, else its longest text when that says more than the title.
/// </summary>
internal sealed partial class DocumentInterpreter
{
    private readonly ImportSettings _settings;
    private readonly List<string> _notes;
    private readonly List<SetAccumulator> _sets = new();
    private SetAccumulator? _lastPlainSet;

    private DocumentInterpreter(ImportSettings settings, List<string> notes)
    {
        _settings = settings;
        _notes = notes;
    }

    public static ImportedDocument Interpret(IReadOnlyList<SourceTable> tables, ImportSettings settings, List<string> notes)
    {
        var interpreter = new DocumentInterpreter(settings, notes);
        foreach (var table in tables)
        {
            interpreter.Read(table);
        }

        var sets = interpreter._sets.Select(s => s.Resolve(notes)).Where(s => s.Codes.Count > 0).ToList();
        var group = sets.Any(s => s.Key is not null) ? settings.Group : null;
        return new ImportedDocument(settings.Locale, group, sets);
    }

    private void Read(SourceTable table)
    {
        var rows = table.Rows;
        var roles = table.Roles?.ToArray();
        if (roles is null && table.Header is not null)
        {
            roles = ColumnClassifier.FromHeader(table.Header);
            if (roles is null && table.Header.Any(c => TextCleanup.TryParseCode(c.Text, out _)))
            {
                // What looked like a header is the first row of codes.
                rows = new List<SourceRow> { new(table.Line, table.Header) };
                rows.AddRange(table.Rows);
            }
        }

        roles ??= ColumnClassifier.FromContent(rows, rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count));
        if (roles is null)
        {
            _notes.Add("line " + Line(table.Line) + ": skipped a table without a column of codes.");
            return;
        }

        if (Array.IndexOf(roles, ColumnRole.Range) >= 0)
        {
            ReadCategories(table, rows, roles);
            return;
        }

        ReadCodes(table, rows, roles);
    }

    private void ReadCodes(SourceTable table, List<SourceRow> rows, ColumnRole[] roles)
    {
        var codeColumn = Array.IndexOf(roles, ColumnRole.Code);
        var protocolColumn = Array.IndexOf(roles, ColumnRole.Protocol);
        var hasTitle = Array.IndexOf(roles, ColumnRole.Title) >= 0;
        var found = new List<(string? Protocol, int Code, Mention Mention)>();
        IReadOnlyList<SourceCell>? previous = null;
        var seen = new HashSet<(string?, int)>();
        foreach (var row in rows)
        {
            var cells = Align(row.Cells, roles.Length, codeColumn, previous);
            var codeText = cells[codeColumn].Text;
            if (codeText.Length == 0)
            {
                continue;
            }

            if (!TextCleanup.TryParseCode(codeText, out var code))
            {
                _notes.Add("line " + Line(row.Line) + ": skipped '" + Shorten(codeText) + "', which is not a code.");
                continue;
            }

            cells = WithoutCopiesOfTheCode(cells, codeColumn);
            string? protocol = null;
            if (protocolColumn >= 0)
            {
                protocol = cells[protocolColumn].Text;
                if (protocol.Length == 0 && previous is not null)
                {
                    protocol = previous[protocolColumn].Text;
                    cells = cells.Select((c, i) => i == protocolColumn ? previous[protocolColumn] : c).ToList();
                }

                protocol = protocol.Length == 0 ? null : protocol;
            }

            if (!seen.Add((protocol, code)) && table.Origin != TableOrigin.PlainLines)
            {
                _notes.Add("line " + Line(row.Line) + ": code " + ValueRules.Format(code) + " appears again in this table; its texts are combined.");
            }

            found.Add((protocol, code, MentionOf(cells, roles, hasTitle)));
            previous = cells;
        }

        if (found.Count == 0)
        {
            _notes.Add("line " + Line(table.Line) + ": skipped a table without any codes.");
            return;
        }

        string? plainName = null;
        foreach (var (protocol, code, mention) in found)
        {
            SetAccumulator set;
            if (protocol is not null)
            {
                set = SetFor(ImportNames.ForProtocol(protocol), protocol);
            }
            else
            {
                plainName ??= _settings.SetName ?? table.SetHeading ?? GuessName(found.Where(f => f.Protocol is null).Select(f => f.Code));
                set = SetFor(plainName, null);
                _lastPlainSet = set;
            }

            set.Summary ??= protocol is null ? table.Summary : null;
            set.Add(code, mention);
        }
    }

    private void ReadCategories(SourceTable table, List<SourceRow> rows, ColumnRole[] roles)
    {
        if (_lastPlainSet is null)
        {
            _notes.Add("line " + Line(table.Line) + ": skipped a table of categories that follows no table of codes.");
            return;
        }

        int Column(ColumnRole role) => Array.IndexOf(roles, role);
        foreach (var row in rows)
        {
            var cells = Align(row.Cells, roles.Length, -1, null);
            var range = RangePattern().Match(cells[Column(ColumnRole.Range)].Text);
            if (!range.Success || !TextCleanup.TryParseCode(range.Groups["from"].Value, out var from) || !TextCleanup.TryParseCode(range.Groups["to"].Value, out var to))
            {
                _notes.Add("line " + Line(row.Line) + ": skipped a category without a range such as 100-199.");
                continue;
            }

            var title = Text(cells, Column(ColumnRole.Title)) ?? Text(cells, Column(ColumnRole.Text));
            var name = Text(cells, Column(ColumnRole.Name));
            if (name is null || !Identifiers.IsValid(name))
            {
                name = title is not null && ImportNames.IsPhrase(title) ? ImportNames.FromPhrase(title) : null;
            }

            if (name is null || title is null)
            {
                _notes.Add("line " + Line(row.Line) + ": skipped the category " + ValueRules.Format(from) + "-" + ValueRules.Format(to) + ", which has no name or no title.");
                continue;
            }

            _lastPlainSet.Categories.Add(new ImportedCategory(name, from, to, title, Text(cells, Column(ColumnRole.Description))));
        }
    }

    private Mention MentionOf(IReadOnlyList<SourceCell> cells, ColumnRole[] roles, bool hasTitleColumn)
    {
        string? Get(ColumnRole role) => Text(cells, Array.IndexOf(roles, role));
        var phrase = Get(ColumnRole.Phrase);
        phrase = phrase is not null && ImportNames.IsPhrase(phrase) ? phrase : null;
        var name = Get(ColumnRole.Name);
        if (name is not null && !Identifiers.IsValid(name))
        {
            name = ImportNames.IsPhrase(name) ? ImportNames.FromPhrase(name) : null;
        }

        var title = Get(ColumnRole.Title);
        var description = Get(ColumnRole.Description);
        var text = Get(ColumnRole.Text);
        if (_settings.EnglishTexts && phrase is not null && !hasTitleColumn)
        {
            // In an English document the reason phrase is the title, and the one text its description.
            title = phrase;
            description ??= text;
            text = null;
        }

        var codeCell = cells[Array.IndexOf(roles, ColumnRole.Code)];
        var reference = codeCell.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") ? link : null;
        return new Mention(phrase, name, title, description, text, reference);
    }

    private SetAccumulator SetFor(string name, string? key)
    {
        var set = _sets.FirstOrDefault(s => s.Key == key && (key is not null || s.Name == name));
        if (set is null)
        {
            set = new SetAccumulator(name, key);
            _sets.Add(set);
        }

        return set;
    }

    /// <summary>
    /// Cells in column order. A row shorter than the header whose first cell is a code has left
    /// out leading cells (a protocol written once for several rows): those come from the row
    /// above. Any other short row is padded at the end; a long row's extra cells join the last.
    /// </summary>
    private static IReadOnlyList<SourceCell> Align(IReadOnlyList<SourceCell> cells, int width, int codeColumn, IReadOnlyList<SourceCell>? previous)
    {
        if (cells.Count == width)
        {
            return cells;
        }

        if (cells.Count > width)
        {
            var kept = cells.Take(width - 1).ToList();
            kept.Add(new SourceCell(string.Join(" | ", cells.Skip(width - 1).Select(c => c.Text)), cells[width - 1].Link));
            return kept;
        }

        var missing = width - cells.Count;
        if (codeColumn >= missing && TextCleanup.TryParseCode(cells[codeColumn - missing].Text, out _)
            && !(codeColumn < cells.Count && TextCleanup.TryParseCode(cells[codeColumn].Text, out _)))
        {
            var filled = new List<SourceCell>();
            for (var i = 0; i < missing; i++)
            {
                filled.Add(previous?[i] ?? SourceCell.Empty);
            }

            filled.AddRange(cells);
            return filled;
        }

        return cells.Concat(Enumerable.Repeat(SourceCell.Empty, missing)).ToList();
    }

    /// <summary>A cell that repeats the code (a code cell spanning several columns) says nothing about it.</summary>
    private static IReadOnlyList<SourceCell> WithoutCopiesOfTheCode(IReadOnlyList<SourceCell> cells, int codeColumn)
    {
        var code = cells[codeColumn].Text;
        return cells.Where((c, i) => i != codeColumn && c.Text == code).Any()
            ? cells.Select((c, i) => i != codeColumn && c.Text == code ? SourceCell.Empty : c).ToList()
            : cells;
    }

    private static string GuessName(IEnumerable<int> codes) => codes.All(c => c is >= 100 and <= 599) ? "HttpStatus" : "Status";

    private static string? Text(IReadOnlyList<SourceCell> cells, int column)
        => column >= 0 && column < cells.Count && cells[column].Text.Length > 0 && cells[column].Text != "-" ? cells[column].Text : null;

    private static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);


    private static string Shorten(string text) => text.Length <= 30 ? text : text.Substring(0, 27) + "...";

    [GeneratedRegex(@"^\s*(?<from>-?\d+)\s*(?:–|—|-|~|～|to|至|到)\s*(?<to>-?\d+)\s*$")]
    private static partial Regex RangePattern();

    private sealed record Mention(string? Phrase, string? Name, string? Title, string? Description, string? Text, string? Reference);

    private sealed class SetAccumulator
    {
        private readonly Dictionary<int, List<Mention>> _mentions = new();

        public SetAccumulator(string name, string? key)
        {
            Name = name;
            Key = key;
        }

        public string Name { get; }

        public string? Key { get; }

        public string? Summary { get; set; }

        public List<ImportedCategory> Categories { get; } = new();

        public void Add(int code, Mention mention)
        {
            if (!_mentions.TryGetValue(code, out var list))
            {
                _mentions[code] = list = new List<Mention>();
            }

            list.Add(mention);
        }

        public ImportedSet Resolve(List<string> notes)
        {
            var codes = new List<ImportedCode>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var code in _mentions.Keys.OrderBy(c => c))
            {
                var mentions = _mentions[code];
                var texts = mentions.Select(m => m.Text).OfType<string>().ToList();
                var title = mentions.Select(m => m.Title).FirstOrDefault(t => t is not null)
                    ?? texts.Select(TextRules.FirstSentence).OrderBy(t => t.Length).FirstOrDefault();
                if (title is null)
                {
                    notes.Add(Name + ": skipped code " + ValueRules.Format(code) + ", which has no text.");
                    continue;
                }

                var description = mentions.Select(m => m.Description).FirstOrDefault(d => d is not null);
                if (description is null && texts.Count > 0)
                {
                    var longest = texts.OrderByDescending(t => t.Length).First();
                    description = TextRules.WithoutFinalStop(longest) == title ? null : longest;
                }

                var phrase = mentions.Select(m => m.Phrase).FirstOrDefault(p => p is not null);
                var name = mentions.Select(m => m.Name).FirstOrDefault(n => n is not null)
                    ?? (phrase is null ? null : ImportNames.FromPhrase(phrase));
                if (name is null || !ImportNames.IsUsable(name) || names.Contains(name))
                {
                    var fallback = name is not null && ImportNames.IsUsable(name) ? name + ValueRules.Format(code) : ImportNames.FromCode(code);
                    name = names.Contains(fallback) ? ImportNames.FromCode(code) : fallback;
                }

                names.Add(name);
                var reference = mentions.Select(m => m.Reference).FirstOrDefault(r => r is not null);
                codes.Add(new ImportedCode(code, name, phrase, title, description, reference));
            }

            var categories = Categories
                .GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(c => c.From)
                .ToList();
            return new ImportedSet(Name, Key, Summary, categories, codes);
        }
    }
}

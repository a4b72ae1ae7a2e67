using System;
using System.Collections.Generic;
using System.Threading;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Schema;

/// <summary>
/// The state of reading one definition file: its path, limits, declared locales, the findings and
/// source maps so far, and the positions of its lines. <see cref="DefinitionParser"/> makes one per
/// file. The schema walk is split by level: <c>.File.cs</c> (the root and its locales),
/// <c>.Sets.cs</c> (a set, its categories and tags), <c>.Extensions.cs</c> (<c>extend:</c> entries),
/// <c>.Codes.cs</c>, <c>.Texts.cs</c> (localized texts), <c>.Characters.cs</c> (look-alike and
/// invisible characters) and <c>.Nodes.cs</c> (a node read as a mapping, string, identifier or number).
/// </summary>
internal sealed partial class DefinitionFileReader
{
    /// <summary>Names the generator itself uses in the default namespace.</summary>
    private static readonly Dictionary<string, string> ReservedSetNames = new(StringComparer.Ordinal)
    {
        [GeneratedTypeNames.LocaleEnum] = "the generated locale types",
        [GeneratedTypeNames.LocaleClass] = "the generated locale types",
    };

    /// <summary>The field every enum has for its value; no member may take its name.</summary>
    private const string EnumValueField = "value__";

    private readonly string _path;
    private readonly DefinitionLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly List<string> _locales = new();
    private string _text = string.Empty;
    private List<int>? _lineStarts;

    public DefinitionFileReader(string path, DefinitionLimits limits, CancellationToken cancellationToken)
    {
        _path = path;
        _limits = limits;
        _cancellationToken = cancellationToken;
    }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public List<SetSourceMap> SourceMaps { get; } = new();

    private string DefaultLocale => _locales.Count > 0 ? _locales[0] : "en-US";

    // The tag names of the set being read, which its codes may list.
    private List<string> _tags = new();

    private string _tagSet = string.Empty;

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

    private void Report(DiagnosticDescriptorInfo descriptor, SourceLocation location, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}

using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StatusCodesBenchmarks.Reporting;

/// <summary>
/// The goals of issue 6 as table rows (| what | measured | goal | met |). The run-time and
/// build-time runners each add theirs; run.sh puts the rows under one header in the README.
/// </summary>
public sealed class GoalTable
{
    private readonly List<string> _rows = new();

    public bool AllMet { get; private set; } = true;

    public void Add(string what, string measured, string goal, bool met)
    {
        _rows.Add("| " + what + " | " + measured + " | " + goal + " | " + (met ? "yes" : "**no**") + " |");
        AllMet &= met;
    }

    /// <summary>A measurement shown beside the goals that no goal judges on its own.</summary>
    public void AddReported(string what, string measured, string note)
        => _rows.Add("| " + what + " | " + measured + " | " + note + " | — |");

    public void AppendTo(StringBuilder md)
    {
        md.AppendLine("| what | measured | goal | met |");
        md.AppendLine("|---|---|---|---|");
        foreach (var row in _rows)
        {
            md.AppendLine(row);
        }
    }

    /// <summary>The rows alone, for run.sh to merge into the README's headline table.</summary>
    public void WriteRows(string path) => File.WriteAllLines(path, _rows);
}

using System;
using System.Collections.Generic;
using System.IO;

namespace StatusCodesBenchmarks.Reporting;

/// <summary>Where a runner's tables go, and how a run ends: the tables written, then every problem, then the exit code.</summary>
public static class ReportFile
{
    /// <summary>The headline rows beside a report: <c>runtime.md</c> → <c>runtime.headline.md</c>.</summary>
    public static string HeadlinePath(string outputPath) => Path.ChangeExtension(outputPath, ".headline.md");

    public static int Finish(string outputPath, Func<string, string> markdown, IReadOnlyList<string> problems)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, markdown(HeadlinePath(outputPath)));
        Console.WriteLine("wrote " + outputPath);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        return problems.Count == 0 ? 0 : 1;
    }
}

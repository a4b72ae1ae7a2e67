using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit.Sdk;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots, as Verify keeps them, with no package beyond xunit.
/// <c>Snapshots/{name}.verified.cs</c> must equal the text exactly; on a mismatch
/// the new text is written beside it as <c>.received.cs</c> and the failure shows a line diff.
/// Set <c>UPDATE_SNAPSHOTS=1</c> to approve new output.
/// </summary>
internal static class Snapshot
{
    private const int MaxDiffLines = 60;

    public static bool UpdateRequested => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static void Verify(string actual, string name)
    {
        var verifiedPath = Path.Combine(TestPaths.SnapshotsDirectory, name + ".verified.cs");
        var receivedPath = Path.Combine(TestPaths.SnapshotsDirectory, name + ".received.cs");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;

        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (UpdateRequested)
        {
            Directory.CreateDirectory(TestPaths.SnapshotsDirectory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No approved snapshot {verifiedPath}. Review {receivedPath} and approve it with UPDATE_SNAPSHOTS=1."
            : $"Snapshot {name} differs from {verifiedPath} (new text in {receivedPath}; approve with UPDATE_SNAPSHOTS=1):\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    /// <summary>A unified-style line diff (longest common subsequence), shortened to the first hunks.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        if ((long)a.Length * b.Length > 25_000_000)
        {
            return FirstDifference(a, b);
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add($"+{y + 1,5}: {b[y]}");
                y++;
            }
            else
            {
                lines.Add($"-{x + 1,5}: {a[x]}");
                x++;
            }

            if (lines.Count >= MaxDiffLines)
            {
                lines.Add("... (more differences)");
                break;
            }
        }

        return string.Join("\n", lines);
    }

    private static string FirstDifference(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"first difference at line {i + 1}:\n-{a[i]}\n+{b[i]}";
            }
        }

        return $"lengths differ: {a.Length} lines expected, {b.Length} received";
    }
}

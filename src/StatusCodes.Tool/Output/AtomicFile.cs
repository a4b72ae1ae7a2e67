using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StatusCodes.Tool.Output;

/// <summary>
/// Writes files so that a failure never leaves a partial file behind: the content goes to a
/// temporary file in the same folder, which is then renamed over the target (an atomic replace
/// on the same volume).
/// </summary>
internal static class AtomicFile
{
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    public static void WriteAllText(string path, string content, Encoding? encoding = null)
        => WriteAll(new[] { new KeyValuePair<string, string>(path, content) }, encoding);

    /// <summary>
    /// Writes several files: every temporary file is written first, and only when all of them are
    /// complete are they moved into place. If writing any of them fails, none is moved.
    /// </summary>
    public static void WriteAll(IReadOnlyList<KeyValuePair<string, string>> files, Encoding? encoding = null)
    {
        foreach (var file in files)
        {
            // Checked before anything is written: a folder in the way would fail halfway through the moves.
            if (Directory.Exists(file.Key))
            {
                throw new IOException("Cannot write '" + file.Key + "': a folder of that name is in the way.");
            }
        }

        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var target = Path.GetFullPath(file.Key);
                var folder = Path.GetDirectoryName(target) ?? ".";
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
                staged.Add((temp, target));
                File.WriteAllText(temp, file.Value, encoding ?? Utf8NoBom);
            }

            foreach (var (temp, target) in staged)
            {
                File.Move(temp, target, overwrite: true);
            }

            staged.Clear();
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                TryDelete(temp);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the original error is the one worth reporting.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

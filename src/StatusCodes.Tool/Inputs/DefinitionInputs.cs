using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Tool.Inputs;

/// <summary>One definition file as the tool sees it: the path as the user wrote it, and what the shared parser made of it.</summary>
internal sealed record LoadedDefinition(string DisplayPath, DefinitionParseResult Result)
{
    public DefinitionFileSpec? Spec => Result.Spec;

    public bool HasErrors => Result.Spec is null || Result.Diagnostics.Any(d => d.Severity == DefinitionSeverity.Error);
}

/// <summary>Turns command-line paths (files and folders) into parsed definition files.</summary>
internal static class DefinitionInputs
{
    public static bool IsDefinitionFile(string path)
        => path.EndsWith(".codes.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".codes.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Files are taken as given; folders contribute every <c>*.codes.yaml</c> / <c>*.codes.yml</c>
    /// below them (hidden folders such as <c>.git</c> skipped), in ordinal path order. A path that
    /// does not exist goes to <paramref name="missing"/>. Each file is listed once.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> arguments, List<string> missing, List<string> emptyFolders)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var found = new List<string>();
                CollectBelow(argument, argument, found);
                found.Sort(StringComparer.Ordinal);
                if (found.Count == 0)
                {
                    emptyFolders.Add(argument);
                }

                found.ForEach(Add);
            }
            else
            {
                missing.Add(argument);
            }
        }

        return result;

        void Add(string display)
        {
            if (seen.Add(Path.GetFullPath(display)))
            {
                result.Add(display);
            }
        }
    }

    public static LoadedDefinition Load(string displayPath, CancellationToken cancellationToken)
    {
        var file = TextFile.Read(displayPath);
        if (!file.IsWhatTheBuildReads)
        {
            // The build would not read what this tool reads, so nothing in it counts until it is UTF-8.
            var finding = DiagnosticInfo.Create(DefinitionDiagnostics.NotUtf8, DefinitionParser.Locate(displayPath, file.Text, ProblemIndex(file)), NotUtf8Problem(file.Source!), file.Source!.Name == EncodingDetector.BrokenUtf8Name
                ? "Retype the text there; no encoding recovers those bytes."
                : EncodingProblem.SaveAsUtf8);
            return new LoadedDefinition(displayPath, new DefinitionParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { finding }), EquatableArray<SetSourceMap>.Empty));
        }

        return new LoadedDefinition(displayPath, DefinitionParser.Parse(displayPath, file.Text, DefinitionLimits.Default, cancellationToken));
    }

    /// <summary>What SCG0009 says about a file in <paramref name="source"/>.</summary>
    public static string NotUtf8Problem(DetectedEncoding source)
    {
        if (source.Name == EncodingDetector.BrokenUtf8Name)
        {
            return "the bytes here do not form a UTF-8 character (the rest of the file is UTF-8), so a text here is damaged";
        }

        if (source.Name.StartsWith("UTF-16", StringComparison.Ordinal))
        {
            return "it is " + source.Name + " without a byte order mark, which the compiler reads as UTF-8 with a NUL beside every ASCII letter";
        }

        return source.Certain
            ? "its bytes are not valid UTF-8 from here on, and they read cleanly as " + source.Name + ", the encoding it was most likely saved in"
            : "its bytes are not valid UTF-8 from here on, and none of GB18030 (GBK), Big5, Shift-JIS or Windows-1252 reads them convincingly; name the encoding with --encoding";
    }

    private static int ProblemIndex(TextFile file)
        => file.Source!.Name == EncodingDetector.BrokenUtf8Name ? Math.Max(0, file.Text.IndexOf('\uFFFD'))
            : file.Source.Name.StartsWith("UTF-16", StringComparison.Ordinal) ? 0
            : FirstNonAscii(file.Text);

    /// <summary>Where a legacy encoding first differs from ASCII, which UTF-8 shares: where the UTF-8 reading goes wrong.</summary>
    public static int FirstNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
            {
                return i;
            }
        }

        return 0;
    }

    private static void CollectBelow(string root, string folder, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (IsDefinitionFile(file))
            {
                found.Add(Path.Join(root, Path.GetRelativePath(root, file)));
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (!Path.GetFileName(child).StartsWith(".", StringComparison.Ordinal))
            {
                CollectBelow(root, child, found);
            }
        }
    }
}

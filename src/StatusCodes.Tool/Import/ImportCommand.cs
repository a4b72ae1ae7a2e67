using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using StatusCodes.Tool.Cli;
using StatusCodes.Tool.Import.Interpreting;
using StatusCodes.Tool.Import.Reading;
using StatusCodes.Tool.Import.Writing;
using StatusCodes.Tool.Inputs;
using StatusCodes.Tool.Output;

namespace StatusCodes.Tool.Import;

/// <summary><c>statuscodes import</c>: a table of codes in a document → a definition file, or one more locale in an existing file.</summary>
internal static class ImportCommand
{
    private const string Name = "import";

    /// <summary>Far beyond any real table of codes; keeps a wrong argument (a log file, say) from taking long.</summary>
    private const long MaxDocumentBytes = 16 * 1024 * 1024;

    public static readonly string[] Examples =
    {
        "statuscodes import status-codes.md --locale zh-CN > payments.codes.yaml",
        "statuscodes import table.html --locale zh-TW --set HttpStatus -o http.codes.yaml",
        "statuscodes import probe-codes.md --locale zh-CN --merge definitions/site-monitor.codes.yaml",
        "statuscodes import docs/definitions/HttpStatus.zh-TW.md --locale zh-TW --merge definitions/http.codes.yaml",
        "statuscodes import codes-gbk.md --locale zh-CN --encoding gb18030 > payments.codes.yaml",
    };

    public static Command Create(ToolConsole console)
    {
        var document = new Argument<string>("document")
        {
            Description = "A Markdown, HTML or plain-text document with a table (or lines) of codes and texts.",
        };
        var locale = new Option<string>("--locale", "-l")
        {
            Description = "The locale of the document's texts, such as en-US, zh-CN or zh-TW.",
            Required = true,
        };
        var set = new Option<string?>("--set", "-s")
        {
            Description = "The set for tables without a protocol column: its name in a new file, the target set when merging. Default: the document's heading, else HttpStatus (codes 100-599) or Status.",
        };
        var group = new Option<string>("--group")
        {
            Description = "The group of the sets made from a table with a protocol column (one set per protocol, keyed by it).",
            DefaultValueFactory = _ => "Probe",
        };
        var merge = new Option<string?>("--merge", "-m")
        {
            Description = "An existing definition file to add the document's texts to, in --locale only; other locales, keys and comments stay as they are. The file is updated in place unless -o is given.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the YAML ('-' for stdout). Default: stdout, or the --merge file itself.",
        };

        var encoding = new Option<string?>("--encoding", "-e")
        {
            Description = "The encoding of the document. Default: detected (UTF-8, UTF-16, GB18030, Big5, Shift-JIS or Windows-1252).",
        };
        encoding.AcceptOnlyFromAmong(EncodingDetector.Known.Keys.ToArray());

        var command = new Command(Name, "Read a table of codes and texts (Markdown, HTML or plain lines) into a definition file, or merge one locale's texts into an existing file.")
        {
            document, locale, set, group, merge, output, encoding,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            console,
            result.GetValue(document)!,
            result.GetValue(locale)!,
            result.GetValue(set),
            result.GetValue(group) ?? "Probe",
            result.GetValue(merge),
            result.GetValue(output),
            result.GetValue(encoding))));
        return command;
    }

    public static int Run(ToolConsole console, string documentPath, string locale, string? setName, string group, string? mergePath, string? outputPath, string? encoding = null)
    {
        if (LocaleNames.Validate(locale, out _) is { } problem)
        {
            console.Fail(Name, "'" + locale + "' is not a locale name " + problem + ".");
            return ExitCodes.UsageError;
        }

        foreach (var (option, value) in new[] { ("--set", setName), ("--group", group) })
        {
            if (value is not null && !Identifiers.IsValid(value))
            {
                console.Fail(Name, option + " '" + value + "' is not a valid C# identifier; use a name such as '" + Identifiers.Suggest(value) + "'.");
                return ExitCodes.UsageError;
            }
        }

        if (!File.Exists(documentPath))
        {
            console.Fail(Name, "'" + documentPath + "' does not exist.");
            return ExitCodes.UsageError;
        }

        if (mergePath is not null && !File.Exists(mergePath))
        {
            console.Fail(Name, "the merge target '" + mergePath + "' does not exist. Leave out --merge to create a new file.");
            return ExitCodes.UsageError;
        }

        if (new FileInfo(documentPath).Length > MaxDocumentBytes)
        {
            console.Fail(Name, "'" + documentPath + "' is larger than 16 MiB; that is not a table of status codes.");
            return ExitCodes.Findings;
        }

        var settings = new ImportSettings(locale, setName, group);
        TextFile source;
        try
        {
            source = TextFile.Read(documentPath, encoding);
        }
        catch (InvalidDataException ex)
        {
            console.Fail(Name, ex.Message);
            return ExitCodes.Findings;
        }

        var fileName = Path.GetFileName(documentPath);
        if (source.Source is { Name: not "UTF-8" } read)
        {
            console.Note(Name, "read " + fileName + " as " + read.Name + (encoding is null ? (read.Certain ? " (detected)" : " (the likeliest guess; name the encoding with --encoding if the texts look wrong)") : string.Empty) + ".");
        }

        var text = LocalizedSpans.Select(source.Text, locale, out var pageLocales);
        if (pageLocales.Count > 0 && !pageLocales.Contains(locale))
        {
            console.Fail(Name, "'" + documentPath + "' is a page of the locales " + string.Join(", ", pageLocales) + " and has no " + locale + " texts. Import one of its locales.");
            return ExitCodes.Findings;
        }

        var tables = DocumentReader.Read(text, fileName, settings.EnglishTexts);
        if (tables.Count == 0)
        {
            console.Fail(Name, "found no table of codes in '" + documentPath + "'. It needs a Markdown pipe table, an HTML table, or lines such as '404 Not Found <text>'.");
            return ExitCodes.Findings;
        }

        var notes = new List<string>();
        var document = DocumentInterpreter.Interpret(tables, settings, notes);
        foreach (var note in notes)
        {
            console.Note(Name, note);
        }

        if (document.Sets.Count == 0)
        {
            console.Fail(Name, "found " + Words.Plural(tables.Count, "table") + " in '" + documentPath + "' but no codes with texts in them.");
            return ExitCodes.Findings;
        }

        console.Note(Name, "read " + Words.Plural(document.CodeCount, "code") + " in " + Words.Plural(document.Sets.Count, "set") + " ("
            + string.Join(", ", document.Sets.Select(s => s.Name + " " + s.Codes.Count)) + ") from " + fileName + ", texts in " + locale + ".");
        return mergePath is null
            ? WriteNew(console, document, fileName, outputPath)
            : MergeInto(console, document, mergePath, setName, outputPath);
    }

    private static int WriteNew(ToolConsole console, ImportedDocument document, string fileName, string? outputPath)
    {
        var yaml = DefinitionWriter.Write(document, fileName);

        // The output must be a valid definition file; never hand over one the build would reject.
        var check = DefinitionParser.Parse(outputPath ?? "output.codes.yaml", yaml);
        var errors = check.Diagnostics.Where(d => d.Severity == DefinitionSeverity.Error).ToList();
        if (check.Spec is null || errors.Count > 0)
        {
            errors.ForEach(e => console.Error.WriteLine(e.ToString()));
            console.Fail(Name, "the imported definitions would not be valid; nothing was written. Please report this with the document.");
            return ExitCodes.Findings;
        }

        if (outputPath is null || outputPath == "-")
        {
            console.Out.Write(yaml);
        }
        else
        {
            AtomicFile.WriteAllText(outputPath, yaml);
            console.Note(Name, "wrote " + outputPath + ".");
        }

        return ExitCodes.Ok;
    }

    private static int MergeInto(ToolConsole console, ImportedDocument document, string mergePath, string? setName, string? outputPath)
    {
        var target = TextFile.Read(mergePath);
        if (!target.IsWhatTheBuildReads)
        {
            console.Fail(Name, "'" + mergePath + "' is not UTF-8 (it reads as " + target.Source!.Name + "); convert it first with 'statuscodes lint --fix " + mergePath + "'. Nothing was written.");
            return ExitCodes.Findings;
        }

        var parsed = DefinitionParser.Parse(mergePath, target.Text);
        var errors = parsed.Diagnostics.Where(d => d.Severity == DefinitionSeverity.Error).ToList();
        if (parsed.Spec is null || errors.Count > 0)
        {
            errors.ForEach(e => console.Error.WriteLine(e.ToString()));
            console.Fail(Name, "'" + mergePath + "' has errors; fix them before merging into it. Nothing was written.");
            return ExitCodes.Findings;
        }

        MergeResult result;
        try
        {
            result = DefinitionMerger.Merge(target, mergePath, parsed.Spec, document, setName);
        }
        catch (InvalidOperationException ex)
        {
            console.Fail(Name, "could not merge into '" + mergePath + "': " + ex.Message + " Nothing was written.");
            return ExitCodes.Findings;
        }

        foreach (var line in result.Report)
        {
            console.Note(Name, line);
        }

        var summary = "merged " + document.Locale + ": " + Words.Plural(result.Changed, "text") + " added or changed, " + result.Unchanged + " already up to date";
        if (outputPath == "-")
        {
            console.Out.Write(result.Text);
            console.Note(Name, summary + ".");
        }
        else if (outputPath is null && result.Changed == 0 && !result.LocaleAdded)
        {
            console.Note(Name, summary + "; " + mergePath + " is unchanged.");
        }
        else
        {
            var destination = outputPath ?? mergePath;
            AtomicFile.WriteAllText(destination, result.Text, target.Encoding);
            console.Note(Name, summary + "; wrote " + destination + ".");
        }

        return ExitCodes.Ok;
    }
}

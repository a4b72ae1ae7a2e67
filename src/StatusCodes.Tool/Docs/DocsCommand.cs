using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using StatusCodes.Definitions;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using StatusCodes.Tool.Cli;
using StatusCodes.Tool.Inputs;
using StatusCodes.Tool.Output;

namespace StatusCodes.Tool.Docs;

/// <summary><c>statuscodes docs</c>: one table per set and locale, in Markdown or HTML.</summary>
internal static class DocsCommand
{
    private const string Name = "docs";

    public static readonly string[] Examples =
    {
        "statuscodes docs definitions -o docs/definitions",
        "statuscodes docs definitions/http.codes.yaml --locale zh-TW -o out",
        "statuscodes docs definitions --locale en-US --locale zh-CN --format html -o site/codes",
    };

    public static Command Create(ToolConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Definition files, or folders to search for *.codes.yaml and *.codes.yml files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var locales = new Option<string[]>("--locale", "-l")
        {
            Description = "The locale of the texts; repeat it (or separate with commas) for several. Default: every locale the files declare.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "markdown: one <Set>.<locale>.md page per set and locale; html: one <Set>.html page per set carrying every chosen locale, with a switch between them. Both write an index page too.",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "html");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write to (created if needed): <Set>.<locale>.md pages and index.md, or <Set>.html pages and index.html.",
            Required = true,
        };

        var command = new Command(Name, "Write a table of code, name, title and description for each set, in the chosen locales.")
        {
            paths, locales, format, output,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            console,
            result.GetValue(paths) ?? Array.Empty<string>(),
            result.GetValue(locales) ?? Array.Empty<string>(),
            result.GetValue(format) == "html",
            result.GetValue(output)!,
            cancellationToken)));
        return command;
    }

    public static int Run(ToolConsole console, IReadOnlyList<string> arguments, IReadOnlyList<string> requestedLocales, bool html, string outputFolder, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var paths = DefinitionInputs.Expand(arguments, missing, new List<string>());
        foreach (var path in missing)
        {
            console.Fail(Name, "'" + path + "' does not exist.");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        if (paths.Count == 0)
        {
            console.Fail(Name, "no definition files found.");
            return ExitCodes.UsageError;
        }

        var files = paths.Select(p => DefinitionInputs.Load(p, cancellationToken)).ToList();
        var broken = files.Where(f => f.HasErrors).ToList();
        if (broken.Count > 0)
        {
            foreach (var diagnostic in broken.SelectMany(f => f.Result.Diagnostics).Where(d => d.Severity == DefinitionSeverity.Error))
            {
                console.Error.WriteLine(diagnostic.ToString());
            }

            console.Fail(Name, "no docs written: " + string.Join(", ", broken.Select(f => f.DisplayPath)) + " has errors. Run 'statuscodes lint' for every finding.");
            return ExitCodes.Findings;
        }

        var options = new CatalogOptions("(default)", false, null);
        var definitions = DefinitionSet.Build(files.Select(f => f.Result).ToList(), BuiltInSelection.All, options);

        // Every file has a spec here (files with errors stopped the command above), so there is a catalog.
        var catalog = definitions.Catalog!;
        foreach (var issue in definitions.Issues.Where(i => i.Descriptor.Id != DefinitionDiagnostics.UnknownFallbackSet.Id))
        {
            // Cross-file errors that make pages ambiguous (two sets of one name) stop the command;
            // a fallback set outside the given files does not matter for the pages.
            console.Error.WriteLine(DefinitionSet.Locate(issue, definitions.Files).ToString());
            if (issue.Descriptor.Severity == DefinitionSeverity.Error)
            {
                console.Fail(Name, "no docs written: the definitions have cross-file errors.");
                return ExitCodes.Findings;
            }
        }

        var declared = catalog.Locales.Names.ToList();
        var locales = requestedLocales.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (locales.Count == 0)
        {
            locales = files.SelectMany(f => f.Spec!.Locales).Distinct().ToList();
        }

        foreach (var locale in locales)
        {
            if (LocaleNames.Validate(locale, out _) is { } problem)
            {
                console.Fail(Name, "'" + locale + "' is not a locale name " + problem + ".");
                return ExitCodes.UsageError;
            }

            if (!declared.Contains(locale))
            {
                console.Fail(Name, "no definition file declares the locale '" + locale + "' (declared: " + string.Join(", ", declared) + ").");
                return ExitCodes.UsageError;
            }
        }

        var extension = html ? HtmlDocsWriter.Extension : MarkdownDocsWriter.Extension;
        var pages = new List<KeyValuePair<string, string>>();
        var index = new List<IndexEntry>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, set, model) in DocsBuilder.SetsOf(files, catalog, options))
        {
            if (names.TryGetValue(set.Name, out var other))
            {
                console.Fail(Name, "two sets named '" + set.Name + "' (in " + other + " and " + file.Path + ") would write the same pages. Generate them into separate folders.");
                return ExitCodes.Findings;
            }

            names.Add(set.Name, file.Path);
            var pageNames = new List<string>();
            var documents = locales.Select(locale => DocsBuilder.Build(file, model, catalog, locale)).ToList();
            if (html)
            {
                pageNames.Add(set.Name + extension);
                pages.Add(new KeyValuePair<string, string>(Path.Combine(outputFolder, pageNames[0]), HtmlDocsWriter.Write(documents)));
            }
            else
            {
                foreach (var document in documents)
                {
                    pageNames.Add(set.Name + "." + document.Locale + extension);
                    pages.Add(new KeyValuePair<string, string>(Path.Combine(outputFolder, pageNames[^1]), MarkdownDocsWriter.Write(document)));
                }
            }

            var group = file.Group is null ? null : file.Group + " / " + (set.Key ?? set.Name);
            index.Add(new IndexEntry(set.Name, Path.GetFileName(file.Path), set.Codes.Count, group, pageNames));
        }

        pages.Add(new KeyValuePair<string, string>(Path.Combine(outputFolder, "index" + extension), html ? IndexHtml(index, locales) : IndexMarkdown(index, locales)));
        AtomicFile.WriteAll(pages);
        console.Note(Name, "wrote " + Words.Plural(pages.Count - 1, "page") + " for " + Words.Plural(index.Count, "set") + " in " + string.Join(", ", locales) + ", and an index, to " + outputFolder + ".");
        return ExitCodes.Ok;
    }

    private static string IndexMarkdown(List<IndexEntry> index, List<string> locales)
    {
        var md = new StringBuilder();
        md.Append("<!-- Generated by `statuscodes docs`. Do not edit: change the definitions and regenerate. -->\n\n");
        md.Append("# Status code definitions\n\n");
        var header = new List<string> { "Set", "Definition file", "Codes", "Group / key" };
        header.AddRange(locales);
        MarkdownDocsWriter.Row(md, header.ToArray());
        md.Append(string.Concat(Enumerable.Repeat("| --- ", header.Count))).Append("|\n");
        foreach (var entry in index)
        {
            var cells = new List<string>
            {
                MarkdownDocsWriter.Escape(entry.Set),
                MarkdownDocsWriter.Escape(entry.File),
                entry.Codes.ToString(CultureInfo.InvariantCulture),
                entry.Group is null ? string.Empty : MarkdownDocsWriter.Escape(entry.Group),
            };
            cells.AddRange(entry.Pages.Select((p, i) => "[" + locales[i] + "](" + Uri.EscapeDataString(p) + ")"));
            MarkdownDocsWriter.Row(md, cells.ToArray());
        }

        return md.ToString();
    }

    private static string IndexHtml(List<IndexEntry> index, List<string> locales)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<!-- Generated by statuscodes docs. Do not edit: change the definitions and regenerate. -->\n");
        html.Append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Status code definitions</title>\n</head>\n<body>\n");
        html.Append("<h1>Status code definitions</h1>\n<p>Locales: ").Append(HtmlDocsWriter.Encode(string.Join(", ", locales))).Append("</p>\n");
        html.Append("<table>\n<thead>\n<tr><th>Set</th><th>Definition file</th><th>Codes</th><th>Group / key</th></tr>\n</thead>\n<tbody>\n");
        foreach (var entry in index)
        {
            html.Append("<tr><td><a href=\"").Append(HtmlDocsWriter.Encode(Uri.EscapeDataString(entry.Pages[0]))).Append("\">").Append(HtmlDocsWriter.Encode(entry.Set))
                .Append("</a></td><td>").Append(HtmlDocsWriter.Encode(entry.File))
                .Append("</td><td>").Append(entry.Codes.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(entry.Group is null ? string.Empty : HtmlDocsWriter.Encode(entry.Group)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>One row of the index page: a set and its pages, one per locale.</summary>
    private sealed record IndexEntry(string Set, string File, int Codes, string? Group, IReadOnlyList<string> Pages);
}

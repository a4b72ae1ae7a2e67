using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Tool.Cli;
using StatusCodes.Tool.Inputs;

namespace StatusCodes.Tool.Lint;

/// <summary><c>statuscodes lint</c>: the build's diagnostics without a build.</summary>
internal static class LintCommand
{
    private const string Name = "lint";

    public static readonly string[] Examples =
    {
        "statuscodes lint definitions",
        "statuscodes lint src/Payments/payments.codes.yaml --warnings-as-errors",
        "statuscodes lint definitions --format json > lint.json",
        "statuscodes lint definitions --format sarif > statuscodes.sarif",
        "statuscodes lint definitions --fix",
    };

    public static Command Create(ToolConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Definition files, or folders to search for *.codes.yaml and *.codes.yml files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print the findings: text (file(line,col): error SCG0001: message), json, or sarif (SARIF 2.1.0 for code-scanning services; paths relative to the current folder).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Exit with 1 when there are warnings, not only when there are errors.",
        };
        var ns = new Option<string?>("--namespace")
        {
            Description = "The project's root namespace, for findings about sets with the same name (as StatusCodesNamespace in a build).",
        };
        var defaultLocale = new Option<string?>("--default-locale")
        {
            Description = "The project's default locale (as the MSBuild property StatusCodesDefaultLocale).",
        };

        var fix = new Option<bool>("--fix")
        {
            Description = "First save each file as UTF-8 and replace full-width or look-alike YAML punctuation and spaces (SCG0009, SCG0010) with ASCII; texts stay exactly as they are.",
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "With --fix: the encoding the files are in, when detecting it is not enough.",
        };
        encoding.AcceptOnlyFromAmong(EncodingDetector.Known.Keys.ToArray());

        var command = new Command(Name, "Check definition files and report the same diagnostics as the build, plus translation coverage per locale.")
        {
            paths, format, warningsAsErrors, ns, defaultLocale, fix, encoding,
        };
        command.SetAction((result, cancellationToken) => System.Threading.Tasks.Task.FromResult(Run(
            console,
            result.GetValue(paths) ?? Array.Empty<string>(),
            result.GetValue(format) ?? "text",
            result.GetValue(warningsAsErrors),
            new CatalogOptions(result.GetValue(ns) ?? "(default)", false, result.GetValue(defaultLocale)),
            cancellationToken,
            result.GetValue(fix),
            result.GetValue(encoding))));
        return command;
    }

    public static int Run(ToolConsole console, IReadOnlyList<string> arguments, string format, bool warningsAsErrors, CatalogOptions options, CancellationToken cancellationToken, bool fix = false, string? encoding = null)
    {
        var missing = new List<string>();
        var emptyFolders = new List<string>();
        var paths = DefinitionInputs.Expand(arguments, missing, emptyFolders);
        foreach (var path in missing)
        {
            console.Fail(Name, "'" + path + "' does not exist.");
        }

        foreach (var folder in emptyFolders)
        {
            console.Note(Name, "no *.codes.yaml or *.codes.yml files in '" + folder + "'.");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        if (paths.Count == 0)
        {
            console.Fail(Name, "no definition files to check.");
            return ExitCodes.UsageError;
        }

        if (fix)
        {
            foreach (var path in paths)
            {
                FixResult fixedFile;
                try
                {
                    fixedFile = DefinitionFixer.Fix(path, encoding);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    console.Fail(Name, "cannot fix '" + path + "': " + ex.Message);
                    return ExitCodes.UsageError;
                }

                if (fixedFile.Problem is not null)
                {
                    console.Fail(Name, fixedFile.Problem);
                    continue;
                }

                if (fixedFile.Written)
                {
                    console.Note(Name, "fixed " + path + ": " + Words.Plural(fixedFile.Changes.Count, "change") + ".");
                    foreach (var change in fixedFile.Changes)
                    {
                        console.Note(Name, "  " + change);
                    }
                }
            }
        }

        var files = new List<LoadedDefinition>();
        foreach (var path in paths)
        {
            try
            {
                files.Add(DefinitionInputs.Load(path, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                console.Fail(Name, "cannot read '" + path + "': " + ex.Message);
                return ExitCodes.UsageError;
            }
        }

        var report = LintReport.Create(files, options);
        var json = format == "json";
        if (json)
        {
            console.Out.WriteLine(LintJsonWriter.Write(report));
        }
        else if (format == "sarif")
        {
            console.Out.WriteLine(LintSarifWriter.Write(report, Environment.CurrentDirectory));
        }
        else
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                console.Out.WriteLine(diagnostic.ToString());
            }
        }

        var errors = report.Count(DefinitionSeverity.Error);
        var warnings = report.Count(DefinitionSeverity.Warning);
        var infos = report.Count(DefinitionSeverity.Info);
        var sets = files.Sum(f => f.Spec?.Sets.Count ?? 0);
        var codes = files.Sum(f => f.Spec?.Sets.Sum(s => s.Codes.Count) ?? 0);
        console.Note(Name, Words.Plural(files.Count, "file") + ", " + Words.Plural(sets, "set") + ", " + Words.Plural(codes, "code") + ": "
            + Words.Plural(errors, "error") + ", " + Words.Plural(warnings, "warning") + (infos > 0 ? ", " + Words.Plural(infos, "message") : string.Empty) + ".");
        if (format == "text" && report.Coverage.Count > 0)
        {
            console.Error.WriteLine("Translation coverage (texts present / expected):");
            var width = report.Coverage.Max(c => c.Locale.Length);
            foreach (var coverage in report.Coverage)
            {
                var line = "  " + coverage.Locale.PadRight(width) + "  " + coverage.Present + "/" + coverage.Expected + "  " + coverage.Percent + "%";
                if (coverage.Missing > 0)
                {
                    line += "  (" + coverage.Missing + " missing)";
                }

                console.Error.WriteLine(line);
            }
        }

        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

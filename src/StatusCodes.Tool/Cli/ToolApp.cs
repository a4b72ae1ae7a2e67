using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StatusCodes.Tool.Docs;
using StatusCodes.Tool.Import;
using StatusCodes.Tool.Lint;

namespace StatusCodes.Tool.Cli;

/// <summary>The command line: <c>statuscodes lint | docs | import</c>.</summary>
public static class ToolApp
{
    private static readonly string[] RootExamples =
    {
        "statuscodes lint definitions",
        "statuscodes docs definitions --locale zh-TW --format html -o docs/definitions",
        "statuscodes import table.md --locale zh-CN --merge definitions/http.codes.yaml",
        "statuscodes <command> --help",
    };

    /// <summary>
    /// Runs the tool as <c>Main</c> does, writing results to <paramref name="stdout"/> and
    /// progress and errors to <paramref name="stderr"/>. Returns the exit code (<see cref="ExitCodes"/>).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var console = new ToolConsole(stdout, stderr);
        var (root, examples) = Build(console);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine("statuscodes: error: " + error.Message);
            }

            var commandPath = string.Join(" ", Ancestry(parseResult.CommandResult.Command).Select(c => c.Name));
            stderr.WriteLine("Run '" + commandPath + " --help' for usage and examples.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("statuscodes: cancelled.");
            return ExitCodes.Findings;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("statuscodes: error: " + ex.Message);
            return ExitCodes.Findings;
        }
    }

    private static (Command Root, Dictionary<Command, string[]> Examples) Build(ToolConsole console)
    {
        // Not a RootCommand: that takes its name from the executable, which is "testhost" under a test runner.
        var root = new Command(
            "statuscodes",
            "Lint, document and import StatusCodes.Generators definition files (*.codes.yaml)."
            + Environment.NewLine + "Exit codes: 0 ok, 1 findings (errors in definitions, nothing importable), 2 usage error.")
        {
            new HelpOption { Recursive = true },
            new VersionOption(),
        };
        var lint = LintCommand.Create(console);
        var docs = DocsCommand.Create(console);
        var import = ImportCommand.Create(console);
        root.Subcommands.Add(lint);
        root.Subcommands.Add(docs);
        root.Subcommands.Add(import);

        var examples = new Dictionary<Command, string[]>
        {
            [root] = RootExamples,
            [lint] = LintCommand.Examples,
            [docs] = DocsCommand.Examples,
            [import] = ImportCommand.Examples,
        };

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
            {
                help.Action = new HelpWithExamplesAction(standard, examples);
            }
        }

        return (root, examples);
    }

    private static IEnumerable<Command> Ancestry(Command command)
    {
        var chain = new List<Command>();
        for (var current = (Symbol?)command; current is Command c; current = c.Parents.FirstOrDefault())
        {
            chain.Insert(0, c);
        }

        return chain;
    }

    /// <summary>The standard help, followed by examples of the command it is shown for.</summary>
    private sealed class HelpWithExamplesAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _standard;
        private readonly IReadOnlyDictionary<Command, string[]> _examples;

        public HelpWithExamplesAction(HelpAction standard, IReadOnlyDictionary<Command, string[]> examples)
        {
            _standard = standard;
            _examples = examples;
        }

        public override int Invoke(ParseResult parseResult)
        {
            var result = _standard.Invoke(parseResult);
            if (_examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in lines)
                {
                    output.WriteLine("  " + line);
                }

                output.WriteLine();
            }

            return result;
        }
    }
}

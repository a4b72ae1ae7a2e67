using System.IO;

namespace StatusCodes.Tool.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/> (stdout), progress, summaries and
/// errors to <see cref="Error"/> (stderr), so that results can be piped while people still see
/// what happened.
/// </summary>
internal sealed class ToolConsole
{
    public ToolConsole(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>A problem that stops the command, prefixed with the command name as Unix tools do.</summary>
    public void Fail(string command, string message) => Error.WriteLine("statuscodes " + command + ": error: " + message);

    public void Note(string command, string message) => Error.WriteLine("statuscodes " + command + ": " + message);
}

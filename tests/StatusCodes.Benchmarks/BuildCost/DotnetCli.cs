using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StatusCodesBenchmarks.BuildCost;

/// <summary>
/// Runs the <c>dotnet</c> command line in a child process with the workspace's environment (its own
/// packages folder), its output kept in a log file. <see cref="Run"/> returns the wall time the
/// harness saw around the whole process, start-up and exit included.
/// </summary>
public sealed class DotnetCli
{
    private readonly string _logs;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private int _runs;

    public DotnetCli(string logs, IReadOnlyDictionary<string, string> environment)
    {
        _logs = logs;
        _environment = environment;
        Directory.CreateDirectory(logs);
    }

    /// <summary>Runs <c>dotnet args</c> in <paramref name="directory"/>; throws with the end of the log when it fails.</summary>
    public TimeSpan Run(string directory, params string[] args)
    {
        var log = Path.Combine(_logs, (++_runs).ToString("000", System.Globalization.CultureInfo.InvariantCulture) + "-" + args[0] + ".log");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var writer = new StreamWriter(log);
        writer.WriteLine("$ dotnet " + string.Join(" ", args) + "   (in " + directory + ")");
        var gate = new object();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        clock.Stop();
        writer.Flush();

        if (process.ExitCode != 0)
        {
            writer.Close();
            var tail = File.ReadLines(log).TakeLast(30);
            throw new InvalidOperationException("dotnet " + string.Join(" ", args) + " failed with exit code " + process.ExitCode + " (" + log + "):" + Environment.NewLine + string.Join(Environment.NewLine, tail));
        }

        return clock.Elapsed;
    }

    /// <summary>Runs <c>dotnet args</c> and returns its standard output (for queries such as the list of package sources).</summary>
    public static string Query(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : string.Empty;
    }
}

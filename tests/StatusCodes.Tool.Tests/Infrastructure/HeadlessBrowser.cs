using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StatusCodes.Tool.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, to check generated pages as a browser shows them. Tests that need
/// it are skipped, with the reason, where it is not installed; <c>STATUSCODES_REQUIRE_BROWSER=1</c>
/// (set by CI, which installs it) turns its absence into failures.
/// </summary>
public static class HeadlessBrowser
{
    private static readonly string[] Candidates = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };

    public static string? Path { get; } = Environment.GetEnvironmentVariable("STATUSCODES_CHROMIUM") is { Length: > 0 } given ? given : Candidates.FirstOrDefault(File.Exists);

    public static string? SkipReason => Path is not null || Environment.GetEnvironmentVariable("STATUSCODES_REQUIRE_BROWSER") == "1"
        ? null
        : "needs a headless Chromium (apt-get install chromium, or STATUSCODES_CHROMIUM=<path>)";

    /// <summary>The DOM after the page's scripts ran, and every console message the page logged.</summary>
    public static (string Dom, string[] Console) DumpDom(string url)
    {
        var output = Run(url, "--dump-dom");
        var console = output.Stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToArray();
        return (output.Stdout, console);
    }

    public static void Screenshot(string url, string pngPath, int width, int height)
        => Run(url, "--screenshot=" + pngPath, "--window-size=" + width + "," + height, "--hide-scrollbars");

    private static (string Stdout, string Stderr) Run(string url, params string[] arguments)
    {
        var browser = Path ?? throw new InvalidOperationException("No headless Chromium: " + HeadlessBrowserSkip.Reason);
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "statuscodes-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=3000",
        }.Concat(arguments).Append(url))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish with " + url);
            }

            return (stdout, stderr.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

internal static class HeadlessBrowserSkip
{
    public static string Reason => HeadlessBrowser.SkipReason ?? "Chromium was required (STATUSCODES_REQUIRE_BROWSER=1) but none was found";
}

/// <summary>A fact that needs a headless Chromium: skipped, with the reason, where there is none.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = HeadlessBrowser.SkipReason;
}

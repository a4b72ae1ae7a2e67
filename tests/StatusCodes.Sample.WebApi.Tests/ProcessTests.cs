using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>The built app, started the way a user starts it: <c>dotnet StatusCodes.Sample.WebApi.dll --urls http://127.0.0.1:0</c>.</summary>
public sealed partial class ProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_app_reports_its_free_port_serves_and_is_stopped()
    {
        var dll = typeof(WebApiApp).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), "The app's runtimeconfig.json is not beside " + dll);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0", "--environment", "Production" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            var match = e.Data is null ? null : ListeningOn().Match(e.Data);
            if (match is { Success: true })
            {
                address.TrySetResult(match.Groups[1].Value);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var url = await address.Task.WaitAsync(StartTimeout);
            Assert.DoesNotContain(":0", url[url.LastIndexOf(':')..], StringComparison.Ordinal);

            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(15) };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/probe/PING/610");
            request.Headers.Add("Accept-Language", "zh-TW");
            using var response = await client.SendAsync(request);

            await JsonAssert.ResponseAsync(response, 200, "application/json", """
                { "protocol": "PING", "code": 610, "title": "無回應", "description": "網路穩定，但送出的所有封包在 2 秒內均無回應。", "locale": "zh-TW", "culture": "zh-TW" }
                """);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(exit.Token);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex ListeningOn();
}

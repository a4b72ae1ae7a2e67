using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>
/// An app running in this process on real Kestrel, bound to 127.0.0.1 on a port the OS
/// picks, with a client for it. Dispose it (<c>await using</c>) to stop the server.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;

    private RunningApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the sample app.</summary>
    public static Task<RunningApp> StartAsync() => StartAsync(WebApiApp.Create);

    /// <summary>Starts the app <paramref name="create"/> builds from the usual command-line settings.</summary>
    public static async Task<RunningApp> StartAsync(Func<string[], WebApplication> create)
    {
        var app = create(new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default", "Warning" });
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            await app.StartAsync(timeout.Token);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            var uri = new Uri(address);
            if (uri.Host != "127.0.0.1" || uri.Port == 0)
            {
                throw new InvalidOperationException("The app is not bound to 127.0.0.1 on a free port: " + address);
            }

            return new RunningApp(app, uri);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}

using System.Threading.Tasks;

namespace StatusCodesSample.WebApi;

/// <summary>
/// Runs the sample on Kestrel. Every ASP.NET Core option works on the command line, for example
/// <c>--urls http://127.0.0.1:0</c> for a free port (the bound address is logged as "Now listening on: …").
/// </summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var app = WebApiApp.Create(args);
        await using (app.ConfigureAwait(false))
        {
            await app.RunAsync().ConfigureAwait(false);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>Metadata references for in-memory compilations.</summary>
internal static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> NetCore = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList());

    /// <summary>The running .NET's own assemblies: what a net10.0 consumer compiles against.</summary>
    public static IReadOnlyList<MetadataReference> Net => NetCore.Value;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> AspNet = new(() =>
    {
        // The ASP.NET Core shared framework installed beside the running runtime, of the same version.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var shared = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime))!, "Microsoft.AspNetCore.App");
        var aspNet = Path.Combine(shared, Path.GetFileName(runtime));
        if (!Directory.Exists(aspNet))
        {
            var major = Path.GetFileName(runtime).Split('.')[0] + ".";
            aspNet = Directory.GetDirectories(shared).Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal)).OrderBy(d => Version.Parse(Path.GetFileName(d).Split('-')[0])).Last();
        }

        return NetCore.Value
            .Concat(Directory.GetFiles(aspNet, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)))
            .ToList();
    });

    /// <summary>What a net10.0 web project compiles against: the runtime and the ASP.NET Core shared framework.</summary>
    public static IReadOnlyList<MetadataReference> NetWithAspNetCore => AspNet.Value;

    /// <summary>
    /// A web project with Microsoft.AspNetCore.OpenApi 10 and the Microsoft.OpenApi it depends on, from
    /// the local NuGet cache, where the web sample's restore puts them. Null when they are not there.
    /// </summary>
    public static IReadOnlyList<MetadataReference>? NetWithOpenApi
    {
        get
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var files = new[]
            {
                Newest(Path.Combine(packages, "microsoft.aspnetcore.openapi"), "10.", Path.Combine("lib", "net10.0", "Microsoft.AspNetCore.OpenApi.dll")),
                Newest(Path.Combine(packages, "microsoft.openapi"), "2.", Path.Combine("lib", "net8.0", "Microsoft.OpenApi.dll")),
            };
            return files.All(f => f is not null)
                ? AspNet.Value.Concat(files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f!))).ToList()
                : null;
        }
    }

    private static string? Newest(string package, string major, string file)
        => Directory.Exists(package)
            ? Directory.GetDirectories(package)
                .Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal) && File.Exists(Path.Combine(d, file)))
                .OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
                .Select(d => Path.Combine(d, file))
                .LastOrDefault()
            : null;

    /// <summary>
    /// netstandard.dll 2.0 alone, without System.Memory: a consumer with no <c>ReadOnlySpan&lt;T&gt;</c>.
    /// Null when the reference package is not in the local NuGet cache.
    /// </summary>
    public static IReadOnlyList<MetadataReference>? NetStandard20
    {
        get
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var path = Path.Combine(packages, "netstandard.library", "2.0.3", "build", "netstandard2.0", "ref", "netstandard.dll");
            return File.Exists(path) ? new[] { MetadataReference.CreateFromFile(path) } : null;
        }
    }
}

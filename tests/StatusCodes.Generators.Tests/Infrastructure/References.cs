using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>Metadata references for in-memory compilations.</summary>
internal static partial class References
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
}

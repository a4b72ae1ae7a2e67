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

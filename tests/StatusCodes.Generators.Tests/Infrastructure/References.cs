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

    private static readonly Lazy<IReadOnlyList<MetadataReference>> NetStandard = new(() =>
    {
        var path = TestPaths.NetStandard20Reference;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException("netstandard.dll 2.0 is not at " + path + "; the test project downloads NETStandard.Library 2.0.3 when it restores.");
        }

        return new[] { MetadataReference.CreateFromFile(path) };
    });

    /// <summary>netstandard.dll 2.0 alone, without System.Memory: a consumer with no <c>ReadOnlySpan&lt;T&gt;</c>.</summary>
    public static IReadOnlyList<MetadataReference> NetStandard20 => NetStandard.Value;
}

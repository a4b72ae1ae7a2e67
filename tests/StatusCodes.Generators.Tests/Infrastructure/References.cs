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
}

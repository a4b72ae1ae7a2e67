using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <content>The netstandard2.0 reference, apart because it needs <see cref="TestPaths"/>, which the benchmarks do not link.</content>
internal static partial class References
{
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

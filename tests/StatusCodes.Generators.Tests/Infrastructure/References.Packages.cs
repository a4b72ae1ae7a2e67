using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <content>
/// References from packages the test project downloads when it restores (never from whatever a
/// machine's package cache happens to hold); apart because they need <see cref="TestPaths"/>, which
/// the benchmarks do not link.
/// </content>
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

    private static readonly Lazy<IReadOnlyList<MetadataReference>> OpenApi = new(() =>
        NetWithAspNetCore.Concat(new[] { TestPaths.AspNetCoreOpenApiReference, TestPaths.OpenApiReference }.Select(Package)).ToList());

    /// <summary>A web project with Microsoft.AspNetCore.OpenApi 10 and the Microsoft.OpenApi it depends on.</summary>
    public static IReadOnlyList<MetadataReference> NetWithOpenApi => OpenApi.Value;

    private static MetadataReference Package(string path) => File.Exists(path)
        ? MetadataReference.CreateFromFile(path)
        : throw new InvalidOperationException(path + " is missing; the test project downloads its package when it restores.");
}

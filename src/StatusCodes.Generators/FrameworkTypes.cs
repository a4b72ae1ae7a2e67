using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace StatusCodes.Generators;

/// <summary>
/// The few framework types the generator asks about, answered from what the project says it targets
/// (the preprocessor symbols the SDK defines) and the file names of its references, without reading
/// any referenced assembly.
/// </summary>
/// <remarks>
/// Why: the first lookup of a type by name in a compilation reads the metadata of every reference
/// (some 190 assemblies for net10.0), and whichever generator asks first pays for that in its
/// <c>-p:ReportAnalyzer</c> line. On .NET Core 3.0 and later these types always live in the same
/// reference assemblies, so the answer needs no lookup.
/// Anything else (.NET Framework, netstandard, a project with its own reference set) gets
/// <see langword="null"/>, and the caller asks the compilation.
/// </remarks>
internal sealed class FrameworkTypes
{
    /// <summary>The SDK defines this for net5.0 and later and for netcoreapp3.0 and later.</summary>
    internal const string NetCoreSymbol = "NETCOREAPP3_0_OR_GREATER";

    /// <summary>Each known type and the reference assembly that defines it on .NET Core 3.0 and later.</summary>
    private static readonly Dictionary<string, string> HomeAssemblies = new(StringComparer.Ordinal)
    {
        ["System.ReadOnlySpan`1"] = "System.Runtime.dll",
        ["System.MemoryExtensions"] = "System.Memory.dll",
        ["System.Net.HttpStatusCode"] = "System.Net.Primitives.dll",
        ["System.Net.Http.HttpResponseMessage"] = "System.Net.Http.dll",
        ["System.Text.Json.Serialization.JsonConverter`1"] = "System.Text.Json.dll",
    };

    /// <summary>The SDK defines this for net7.0 and later: the first ASP.NET Core with <c>IProblemDetailsService</c>.</summary>
    internal const string Net7Symbol = "NET7_0_OR_GREATER";

    /// <summary>
    /// The shared-framework assemblies that define what <c>AddLocalizedProblemDetails</c> builds on:
    /// <c>ProblemDetailsOptions</c> and <c>AddProblemDetails</c>, <c>IRequestCultureFeature</c>, and
    /// the options builder.
    /// </summary>
    private static readonly string[] ProblemDetailsAssemblies =
    {
        "Microsoft.AspNetCore.Http.Extensions.dll",
        "Microsoft.AspNetCore.Localization.dll",
        "Microsoft.Extensions.Options.dll",
    };

    private readonly HashSet<string> _referenceFileNames;
    private readonly bool _isNet7OrLater;

    private FrameworkTypes(HashSet<string> referenceFileNames, bool isNet7OrLater)
    {
        _referenceFileNames = referenceFileNames;
        _isNet7OrLater = isNet7OrLater;
    }

    /// <summary>Whether a reference is named <paramref name="fileName"/> (such as <c>Microsoft.AspNetCore.OpenApi.dll</c>).</summary>
    public bool References(string fileName) => _referenceFileNames.Contains(fileName);

    /// <summary>Whether the project targets .NET 7 or later and references the ASP.NET Core assemblies problem details need.</summary>
    public bool HasProblemDetails => _isNet7OrLater && ProblemDetailsAssemblies.All(_referenceFileNames.Contains);

    /// <summary>The known types of the compilation's framework, or null when the framework is not one this class can vouch for.</summary>
    public static FrameworkTypes? Of(Compilation compilation, ParseOptions? parseOptions)
    {
        if (parseOptions is null || !parseOptions.PreprocessorSymbolNames.Contains(NetCoreSymbol, StringComparer.Ordinal))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // ExternalReferences, not References: References also lists #r directives, which binds every reference.
        foreach (var reference in compilation.ExternalReferences)
        {
            if (reference is PortableExecutableReference { FilePath: { } path })
            {
                names.Add(FileName(path));
            }
        }

        return new FrameworkTypes(names, parseOptions.PreprocessorSymbolNames.Contains(Net7Symbol, StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether the type is one of the known ones and the project references its home assembly. False
    /// proves nothing: the caller then asks the compilation.
    /// </summary>
    public bool IsReferenced(string metadataName)
        => HomeAssemblies.TryGetValue(metadataName, out var assembly) && _referenceFileNames.Contains(assembly);

    private static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}

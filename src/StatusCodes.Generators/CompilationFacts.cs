using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusCodes.Generators;

/// <summary>
/// The few facts the generator needs from the compilation, as an equatable value: an edit to any
/// C# file produces an equal value, so nothing downstream runs again.
/// </summary>
internal sealed record CompilationFacts(string? AssemblyName, bool HasSpan, LanguageVersion LanguageVersion)
{
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

    public bool LanguageVersionSupported => LanguageVersion >= MinimumLanguageVersion;

    public static CompilationFacts From(Compilation compilation, ParseOptions parseOptions)
    {
        var hasSpan = compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null
            && compilation.GetTypeByMetadataName("System.MemoryExtensions") is not null;

        // The parse options, not the compilation: a compilation without syntax trees reports the latest version.
        var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new CompilationFacts(compilation.AssemblyName, hasSpan, version);
    }
}

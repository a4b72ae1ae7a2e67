using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusCodes.Generators;

/// <summary>
/// The few facts the generator needs from the compilation, as an equatable value: an edit to any
/// C# file produces an equal value, so nothing downstream runs again.
/// </summary>
internal sealed record CompilationFacts(string? AssemblyName, bool HasSpan, LanguageVersion LanguageVersion, bool HasJson = false)
{
    internal const string JsonConverterMetadataName = "System.Text.Json.Serialization.JsonConverter`1";

    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

    /// <summary>C# 14, which the referenced Roslyn does not name: <c>extension(T)</c> blocks with static members.</summary>
    public const LanguageVersion StaticExtensionsLanguageVersion = (LanguageVersion)1400;

    public bool LanguageVersionSupported => LanguageVersion >= MinimumLanguageVersion;

    public bool HasStaticExtensions => LanguageVersion >= StaticExtensionsLanguageVersion;

    public static CompilationFacts From(Compilation compilation, ParseOptions parseOptions)
    {
        var framework = FrameworkTypes.Of(compilation, parseOptions);
        var hasSpan = HasType(compilation, framework, "System.ReadOnlySpan`1") && HasType(compilation, framework, "System.MemoryExtensions");

        // The parse options, not the compilation: a compilation without syntax trees reports the latest version.
        var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new CompilationFacts(compilation.AssemblyName, hasSpan, version, ReferencesJson(compilation, framework, parseOptions));
    }

    /// <summary>
    /// System.Text.Json 6 or later: the generated converter overrides the property-name members that
    /// version added. The framework vouches for it from .NET 6 on; anything else is asked.
    /// </summary>
    private static bool ReferencesJson(Compilation compilation, FrameworkTypes? framework, ParseOptions parseOptions)
    {
        if (framework?.IsReferenced(JsonConverterMetadataName) == true && parseOptions.PreprocessorSymbolNames.Contains("NET6_0_OR_GREATER"))
        {
            return true;
        }

        return compilation.GetTypeByMetadataName(JsonConverterMetadataName) is { } converter
            && !converter.GetMembers("ReadAsPropertyName").IsEmpty;
    }

    /// <summary>The framework's answer when it has one; else a lookup, which reads every reference the first time.</summary>
    private static bool HasType(Compilation compilation, FrameworkTypes? framework, string metadataName)
        => framework?.IsReferenced(metadataName) == true || compilation.GetTypeByMetadataName(metadataName) is not null;
}

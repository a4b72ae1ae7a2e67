using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators;

/// <summary>
/// The few facts the generator needs from the compilation, as an equatable value: an edit to any
/// C# file produces an equal value, so nothing downstream runs again.
/// </summary>
/// <param name="HasProblemDetails">Whether ASP.NET Core's problem details service and request localization are referenced (.NET 7 and later).</param>
/// <param name="HasOpenApi">Whether Microsoft.AspNetCore.OpenApi is referenced, in the version built on Microsoft.OpenApi 2 (ASP.NET Core 10).</param>
/// <param name="HasJson">Whether System.Text.Json 6 or later is referenced, for the generated converters.</param>
/// <param name="PrecompiledAssembly">The package's precompiled sets among the references (<c>StatusCodes.BuiltIns</c>, or <c>StatusCodes.BuiltIns.{set}</c> for one set), by name: no symbol read; null when none is.</param>
internal sealed record CompilationFacts(string? AssemblyName, bool HasSpan, LanguageVersion LanguageVersion, bool HasProblemDetails = false, bool HasOpenApi = false, bool HasJson = false, string? PrecompiledAssembly = null)
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
        var hasProblemDetails = ReferencesProblemDetails(compilation, framework);
        return new CompilationFacts(
            compilation.AssemblyName,
            hasSpan,
            version,
            hasProblemDetails,
            hasProblemDetails && ReferencesOpenApi(compilation, framework),
            ReferencesJson(compilation, framework, parseOptions),
            compilation.ReferencedAssemblyNames.FirstOrDefault(static a => GeneratedTypeNames.PrebuiltSetsOf(a.Name) is not null)?.Name);
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

    /// <summary>
    /// On a framework <see cref="FrameworkTypes"/> vouches for, the reference names answer. Elsewhere
    /// the compilation is asked; its references are already read by then, for the span question.
    /// </summary>
    private static bool ReferencesProblemDetails(Compilation compilation, FrameworkTypes? framework)
        => framework is not null
            ? framework.HasProblemDetails
            : compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.ProblemDetailsOptions") is not null
                && compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Localization.IRequestCultureFeature") is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions") is not null;

    /// <summary>
    /// The package is no part of the framework, and its versions differ in the OpenAPI object model, so
    /// the compilation is asked; on a framework <see cref="FrameworkTypes"/> vouches for, only when a
    /// reference has the package's file name, so that other projects never pay for the lookup.
    /// </summary>
    private static bool ReferencesOpenApi(Compilation compilation, FrameworkTypes? framework)
        => (framework is null || framework.References("Microsoft.AspNetCore.OpenApi.dll"))
            && compilation.GetTypeByMetadataName("Microsoft.AspNetCore.OpenApi.OpenApiOptions") is not null
            && compilation.GetTypeByMetadataName("Microsoft.OpenApi.JsonNodeExtension") is not null;

    /// <summary>The framework's answer when it has one; else a lookup, which reads every reference the first time.</summary>
    private static bool HasType(Compilation compilation, FrameworkTypes? framework, string metadataName)
        => framework?.IsReferenced(metadataName) == true || compilation.GetTypeByMetadataName(metadataName) is not null;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;

namespace StatusCodes.Generators;

/// <summary>The MSBuild properties the generator reads (made visible by the package's props).</summary>
/// <param name="Namespace">StatusCodesNamespace, else RootNamespace; null when neither is usable.</param>
/// <param name="BuiltInSets">StatusCodesBuiltInSets: which of the package's definitions to generate.</param>
/// <param name="Locales">StatusCodesLocales: which locales to generate, with the project file its findings point at.</param>
/// <param name="OwnCopy">StatusCodesOwnCopy: generate every set even when a referenced assembly provides them.</param>
/// <param name="ProjectFile">The project file, where findings about MSBuild properties point; null when the build does not say.</param>
/// <param name="PrecompiledSets">Whether the package's targets referenced the precompiled sets and passed no built-in definition file.</param>
/// <param name="VouchedProviders">The project references that the package's targets found to make public the sets this project would generate (<see cref="Reuse.ReusePlan.Vouched"/>).</param>
internal sealed record GeneratorOptions(
    string? Namespace,
    bool IsPublic,
    string? DefaultLocale,
    BuiltInSelection BuiltInSets,
    LocaleSelection Locales,
    DefinitionLimits Limits,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool OwnCopy = false,
    string? ProjectFile = null,
    bool PrecompiledSets = false,
    EquatableArray<string> VouchedProviders = default)
{
    public const string OwnCopyProperty = "StatusCodesOwnCopy";

    /// <summary>
    /// Read by the package's targets only (whether an app references the precompiled sets); the
    /// generator checks its value, so a typo is reported like any other property's.
    /// </summary>
    public const string PrecompiledSetsProperty = "StatusCodesPrecompiledSets";

    /// <summary>The project file's full path, which the package's targets make visible under a name of its own.</summary>
    internal const string ProjectFileProperty = "_StatusCodesProjectFile";

    /// <summary>Set to <c>true</c> by the package's targets, together with the reference to the precompiled sets.</summary>
    internal const string PrecompiledSetsReferencedProperty = "_StatusCodesPrecompiledSets";

    /// <summary>Set by the package's targets: the names of the referenced assemblies that vouch for this project's sets, separated by commas.</summary>
    internal const string VouchedProvidersProperty = "_StatusCodesVouchedProviders";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var projectFile = Get(options, ProjectFileProperty);
        var at = projectFile is null ? null : SourceLocation.FileStart(projectFile);

        string? ns = null;
        var explicitNamespace = Get(options, "StatusCodesNamespace");
        if (explicitNamespace is not null)
        {
            if (Identifiers.IsValidNamespace(explicitNamespace))
            {
                ns = explicitNamespace;
            }
            else
            {
                diagnostics.Add(Invalid(at, "StatusCodesNamespace", explicitNamespace, "Use dotted C# identifiers such as 'Contoso.Payments'; RootNamespace is used instead."));
            }
        }

        if (ns is null)
        {
            var root = Get(options, "RootNamespace");
            if (root is not null && Identifiers.IsValidNamespace(root))
            {
                ns = root;
            }
        }

        var isPublic = false;
        var accessibility = Get(options, "StatusCodesAccessibility");
        if (accessibility is not null)
        {
            if (string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase))
            {
                isPublic = true;
            }
            else if (!string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Invalid(at, "StatusCodesAccessibility", accessibility, "Use 'public' or 'internal'; 'internal' is used."));
            }
        }

        var defaultLocale = Get(options, "StatusCodesDefaultLocale");
        if (defaultLocale is not null && LocaleNames.Validate(defaultLocale, out _) is { } problem)
        {
            diagnostics.Add(Invalid(at, "StatusCodesDefaultLocale", defaultLocale, "It must be a culture name such as 'en-US' " + problem + "."));
            defaultLocale = null;
        }

        var defaults = DefinitionLimits.Default;
        var limits = new DefinitionLimits(
            ReadLimit(options, at, DefinitionLimits.PropertyNames.MaxFileLength, defaults.MaxFileLength, diagnostics),
            ReadLimit(options, at, DefinitionLimits.PropertyNames.MaxDepth, defaults.MaxDepth, diagnostics),
            ReadLimit(options, at, DefinitionLimits.PropertyNames.MaxCodesPerSet, defaults.MaxCodesPerSet, diagnostics),
            ReadLimit(options, at, DefinitionLimits.PropertyNames.MaxTextLength, defaults.MaxTextLength, diagnostics));

        var builtInSets = BuiltInSelection.Parse(Get(options, BuiltInSelection.PropertyName));

        var locales = LocaleSelection.Parse(Get(options, LocaleSelection.PropertyName), projectFile);

        var ownCopy = false;
        var ownCopyText = Get(options, OwnCopyProperty);
        if (ownCopyText is not null && !bool.TryParse(ownCopyText, out ownCopy))
        {
            diagnostics.Add(Invalid(at, OwnCopyProperty, ownCopyText, "Use 'true' or 'false'; 'false' is used."));
        }

        var precompiledText = Get(options, PrecompiledSetsProperty);
        if (precompiledText is not null && !bool.TryParse(precompiledText, out _))
        {
            diagnostics.Add(Invalid(at, PrecompiledSetsProperty, precompiledText, "Use 'true' or 'false'; 'true' is used."));
        }

        var precompiled = string.Equals(Get(options, PrecompiledSetsReferencedProperty), "true", StringComparison.OrdinalIgnoreCase);

        var vouched = (Get(options, VouchedProvidersProperty) ?? string.Empty)
            .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(static name => name.Trim())
            .Where(static name => name.Length > 0)
            .ToEquatableArray();

        return new GeneratorOptions(ns, isPublic, defaultLocale, builtInSets, locales, limits, diagnostics.ToEquatableArray(), ownCopy, projectFile, precompiled, vouched);
    }

    private static int ReadLimit(AnalyzerConfigOptions options, SourceLocation? at, string property, int fallback, List<DiagnosticInfo> diagnostics)
    {
        var text = Get(options, property);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        diagnostics.Add(Invalid(at, property, text, "Use a positive whole number; the default " + fallback.ToString(CultureInfo.InvariantCulture) + " is used."));
        return fallback;
    }

    /// <summary>Whether an AdditionalFiles item is one of the package's definitions (its StatusCodesBuiltIn metadata).</summary>
    public static bool IsBuiltIn(AnalyzerConfigOptions fileOptions)
        => fileOptions.TryGetValue("build_metadata.AdditionalFiles.StatusCodesBuiltIn", out var value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Get(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>SCG0302 at the start of the project file, where the property is set.</summary>
    private static DiagnosticInfo Invalid(SourceLocation? at, string property, string value, string advice)
        => DiagnosticInfo.Create(DefinitionDiagnostics.InvalidOption, at, property, value, advice);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Model;
using StatusCodes.Definitions.Parsing;
using StatusCodes.Generators.BuiltIn;
using StatusCodes.Generators.Caching;
using StatusCodes.Generators.Diagnostics;
using StatusCodes.Generators.Emitting;

namespace StatusCodes.Generators;

/// <summary>
/// Reads every <c>*.codes.yaml</c> / <c>*.codes.yml</c> AdditionalFiles item and generates typed
/// enums and allocation-free lookups. The pipeline: options and compilation facts (small equatable
/// values) → parse each file → merge into a catalog → emit each set, the locales and the groups.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StatusCodesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var facts = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => CompilationFacts.From(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // Each file with its StatusCodesBuiltIn item metadata. The options provider is read here and
        // goes no further: the step's value is the file and a flag, equal from one run to the next.
        var files = context.AdditionalTextsProvider
            .Where(static text => IsDefinitionFile(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => new DefinitionFile(pair.Left, GeneratorOptions.IsBuiltIn(pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.Files);

        var parsed = files
            .Combine(options.Select(static (o, _) => o.Limits))
            .Select(static (pair, cancellationToken) => Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var specs = parsed
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Specs);

        var catalogOptions = options.Combine(facts).Select(static (pair, _) => new CatalogInput(
            new CatalogOptions(
                pair.Left.Namespace ?? SafeNamespace(pair.Right.AssemblyName),
                pair.Left.IsPublic,
                pair.Left.DefaultLocale,
                pair.Left.Locales),
            pair.Left.BuiltInSets));

        var catalog = specs.Collect()
            .Combine(catalogOptions)
            .Select(static (pair, cancellationToken) => BuildCatalog(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Catalog);

        var emitFeatures = facts.Select(static (f, _) => f.LanguageVersionSupported ? new EmitFeatures(f.HasSpan, f.HasStaticExtensions, f.HasSpan && f.LanguageVersion >= Utf8LanguageVersion) : null);

        var sets = catalog.Combine(emitFeatures)
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<SetEmitInput>.Empty
                : pair.Left.Catalog.Sets.Select(s => new SetEmitInput(s, pair.Right)).ToImmutableArray())
            .WithTrackingName(TrackingNames.Sets);

        var locales = catalog.Combine(emitFeatures)
            .Select(static (pair, _) => pair.Right is null || pair.Left.Catalog.Sets.IsEmpty
                ? null
                : new LocaleEmitInput(pair.Left.Catalog.Locales, pair.Right))
            .WithTrackingName(TrackingNames.Locales);

        // One file per compilation with what every set's class would otherwise repeat.
        var hasJson = facts.Select(static (f, _) => f.LanguageVersionSupported && f.HasJson);
        var shared = catalog.Combine(emitFeatures).Combine(hasJson)
            .Select(static (pair, _) => pair.Left.Right is null || pair.Left.Left.Catalog.Sets.IsEmpty
                ? null
                : new SharedHelpersModel(
                    pair.Left.Left.Catalog.Locales.Namespace,
                    pair.Left.Left.Catalog.Locales.IsPublic,
                    pair.Left.Right,
                    pair.Left.Left.Catalog.Sets.Any(SetEmitter.IsDirect),
                    pair.Right))
            .WithTrackingName(TrackingNames.Shared);

        var groups = catalog.Combine(emitFeatures)
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<GroupEmitInput>.Empty
                : pair.Left.Catalog.Groups.Select(g => new GroupEmitInput(g, pair.Right)).ToImmutableArray())
            .WithTrackingName(TrackingNames.Groups);

        // convertible-to: which requested enums the compilation has, as plain values (no symbols).
        var conversionRequests = specs.Collect()
            .Select(static (files, _) => ConversionTargets.Requests(files))
            .WithTrackingName(TrackingNames.ConversionRequests);

        var conversionTargets = conversionRequests
            .Combine(context.CompilationProvider.Combine(context.ParseOptionsProvider))
            .Select(static (pair, cancellationToken) => ConversionTargets.Resolve(pair.Right.Left, pair.Right.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.ConversionTargets);

        var interop = catalog.Combine(conversionTargets).Combine(emitFeatures)
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<InteropSet>.Empty
                : InteropEmitter.Plan(pair.Left.Left.Catalog, pair.Left.Right))
            .WithTrackingName(TrackingNames.Interop);

        var utf8Literals = emitFeatures.Select(static (f, _) => f?.HasUtf8Literals == true);
        var utf8 = catalog.Combine(utf8Literals)
            .SelectMany(static (pair, _) => pair.Right ? pair.Left.Catalog.Sets.ToImmutableArray() : ImmutableArray<SetModel>.Empty)
            .WithTrackingName(TrackingNames.Utf8);

        var references = catalog.Combine(emitFeatures)
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<SetModel>.Empty
                : pair.Left.Catalog.Sets.Where(ReferenceEmitter.HasReferences).ToImmutableArray())
            .WithTrackingName(TrackingNames.References);

        // ASP.NET Core: AddLocalizedProblemDetails and AddStatusCodesSchemas, when the project has what they build on.
        var problemDetails = catalog.Combine(facts)
            .Select(static (pair, _) => ProblemDetailsEmitter.Plan(pair.Left.Catalog, pair.Right))
            .WithTrackingName(TrackingNames.ProblemDetails);

        var openApi = catalog.Combine(facts)
            .Select(static (pair, _) => OpenApiEmitter.Plan(pair.Left.Catalog, pair.Right))
            .WithTrackingName(TrackingNames.OpenApi);

        // The converter reads only the set's name, namespace and accessibility, so a changed code re-emits nothing here.
        var json = catalog.Combine(hasJson)
            .SelectMany(static (pair, _) => pair.Right
                ? pair.Left.Catalog.Sets.Select(s => new JsonSetModel(s.Namespace, s.Name, s.IsPublic, s.LocaleNamespace)).ToImmutableArray()
                : ImmutableArray<JsonSetModel>.Empty)
            .WithTrackingName(TrackingNames.Json);

        var grpcMapping = catalog.Combine(emitFeatures)
            .Select(static (pair, _) => pair.Right is null ? null : GrpcMappingEmitter.Plan(pair.Left.Catalog))
            .WithTrackingName(TrackingNames.GrpcMapping);

        context.RegisterSourceOutput(grpcMapping, static (spc, model) =>
        {
            if (model is not null)
            {
                Emit(spc, GrpcMappingEmitter.HintName(model), model, () => GrpcMappingEmitter.Emit(model), GrpcMappingEmitter.MethodName);
            }
        });
        context.RegisterSourceOutput(json, static (spc, set) => Emit(spc, JsonEmitter.HintName(set), set, () => JsonEmitter.Emit(set), set.Name));
        context.RegisterSourceOutput(sets, static (spc, input) => Emit(spc, SetEmitter.HintName(input.Set), input, () => SetEmitter.Emit(input.Set, input.Features, spc.CancellationToken), input.Set.Name));
        context.RegisterSourceOutput(interop, static (spc, input) => Emit(spc, InteropEmitter.HintName(input.Set), input, () => InteropEmitter.Emit(input), input.Set.Name));
        context.RegisterSourceOutput(utf8, static (spc, set) => Emit(spc, Utf8Emitter.HintName(set), set, () => Utf8Emitter.Emit(set, spc.CancellationToken), set.Name));
        context.RegisterSourceOutput(references, static (spc, set) => Emit(spc, ReferenceEmitter.HintName(set), set, () => ReferenceEmitter.Emit(set), set.Name));
        context.RegisterSourceOutput(locales, static (spc, input) =>
        {
            if (input is not null)
            {
                Emit(spc, LocaleEmitter.HintName(input.Locales), input, () => LocaleEmitter.Emit(input.Locales, input.Features), LocaleEmitter.EnumName);
            }
        });
        context.RegisterSourceOutput(shared, static (spc, model) =>
        {
            if (model is not null)
            {
                Emit(spc, SharedEmitter.HintName(model), model, () => SharedEmitter.Emit(model), GeneratedTypeNames.TablesClass);
            }
        });
        context.RegisterSourceOutput(problemDetails, static (spc, model) =>
        {
            if (model is not null)
            {
                Emit(spc, ProblemDetailsEmitter.HintName(model), model, () => ProblemDetailsEmitter.Emit(model), ProblemDetailsEmitter.ExtensionsClass);
            }
        });
        context.RegisterSourceOutput(openApi, static (spc, model) =>
        {
            if (model is not null)
            {
                Emit(spc, OpenApiEmitter.HintName(model), model, () => OpenApiEmitter.Emit(model), OpenApiEmitter.ExtensionsClass);
            }
        });
        context.RegisterSourceOutput(groups, static (spc, input) => Emit(spc, GroupEmitter.HintName(input.Group), input, () => GroupEmitter.Emit(input.Group, input.Features), input.Group.Name));

        // Findings, each from its own output so that reporting never forces re-emitting.
        context.RegisterSourceOutput(parsed.Select(static (r, _) => r.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(options.Select(static (o, _) => o.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        var anchors = parsed
            .Select(static (r, _) => new FileAnchors(r.Spec?.Path ?? string.Empty, r.Anchors))
            .WithTrackingName(TrackingNames.Anchors)
            .Collect();
        context.RegisterSourceOutput(catalog.Select(static (c, _) => c.Issues).Combine(anchors), static (spc, pair) => ReportIssues(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(parsed.Combine(conversionTargets), static (spc, pair) => ReportConversionTargets(spc, pair.Left, pair.Right));

        var hasDefinitions = specs.Collect().Select(static (s, _) => !s.IsEmpty);
        context.RegisterSourceOutput(facts.Combine(hasDefinitions), static (spc, pair) =>
        {
            if (pair.Right && !pair.Left.LanguageVersionSupported)
            {
                var version = pair.Left.LanguageVersion.ToString().Replace("CSharp", string.Empty).Replace('_', '.');
                spc.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(DiagnosticInfo.Create(DefinitionDiagnostics.LanguageVersionTooLow, null, version)));
            }
        });
    }

    /// <summary>C# 11: <c>"…"u8</c> literals.</summary>
    private const LanguageVersion Utf8LanguageVersion = LanguageVersion.CSharp11;

    internal static bool IsDefinitionFile(string path)
        => path.EndsWith(".codes.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".codes.yml", StringComparison.OrdinalIgnoreCase);

    private static DefinitionParseResult Parse(DefinitionFile file, DefinitionLimits limits, CancellationToken cancellationToken)
    {
        var path = file.Text.Path;
        try
        {
            var text = file.Text.GetText(cancellationToken);
            if (text is null)
            {
                return Failed(path, "the file could not be read");
            }

            if (DecodingProblem(text) is { } problem)
            {
                var content = text.ToString();
                var location = DefinitionParser.Locate(path, content, problem.Index);
                return new DefinitionParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DefinitionDiagnostics.NotUtf8, location, problem.Problem, problem.Fix) }), EquatableArray<SetAnchor>.Empty);
            }

            var key = new ParseKey(path, text.ToString(), file.IsBuiltIn, limits);
            return GeneratorCaches.ParseResults.GetOrAdd(key, () =>
            {
                var result = PreParsedDefinitions.TryGet(key.Path, key.Text, key.Limits) ?? DefinitionParser.Parse(key.Path, key.Text, key.Limits, cancellationToken);
                return key.IsBuiltIn && result.Spec is not null ? result with { Spec = result.Spec with { IsBuiltIn = true } } : result;
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(path, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>
    /// The code page the compiler decoded a file with when that is not a Unicode encoding. The
    /// compiler tries strict UTF-8 (or the byte order mark) first and, when the bytes are not UTF-8,
    /// decodes them again with the machine's default code page: UTF-8 with U+FFFD for every bad byte
    /// on Linux and macOS (the parser sees those), the ANSI code page on Windows (seen only here).
    /// </summary>
    private static EncodingProblem? DecodingProblem(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var encoding = text.Encoding;
        if (encoding is null)
        {
            return null;
        }

        if (encoding.CodePage == 65001)
        {
            return encoding.DecoderFallback is System.Text.DecoderExceptionFallback ? null : TextEncodingCheck.ReplacedBytes(text.ToString());
        }

        return FallbackEncodingName(encoding) is { } name ? TextEncodingCheck.FallbackDecoding(text.ToString(), name) : null;
    }

    private static string? FallbackEncodingName(System.Text.Encoding encoding)
    {
        return encoding.CodePage switch
        {
            1200 or 1201 or 12000 or 12001 => null,
            936 => "936 (GBK, Simplified Chinese)",
            54936 => "54936 (GB18030, Simplified Chinese)",
            950 => "950 (Big5, Traditional Chinese)",
            932 => "932 (Shift-JIS, Japanese)",
            949 => "949 (Korean)",
            1252 => "1252 (Windows-1252, Western European)",
            28591 => "28591 (Latin-1)",
            var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + encoding.WebName + ")",
        };
    }

    private static DefinitionParseResult Failed(string path, string reason)
        => new(null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DefinitionDiagnostics.InternalError, SourceLocation.FileStart(path), path, reason) }), EquatableArray<SetAnchor>.Empty);

    private static CatalogResult BuildCatalog(ImmutableArray<DefinitionFileSpec> files, CatalogInput input, CancellationToken cancellationToken)
    {
        var options = input.Options;
        try
        {
            var key = new CatalogKey(files.ToEquatableArray(), options, input.BuiltInSets);
            return GeneratorCaches.Catalogs.GetOrAdd(key, () =>
            {
                var selected = BuiltInSets.Apply(key.Files, key.BuiltInSets, key.Options.Namespace);
                var built = CatalogBuilder.Build(selected.Files, key.Options, cancellationToken);
                return selected.Issues.IsEmpty ? built : built with { Issues = selected.Issues.Concat(built.Issues).ToEquatableArray() };
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var empty = new CatalogSpec(new LocaleCatalogSpec(options.Namespace, options.IsPublic, new EquatableArray<string>(new[] { "en-US" })), EquatableArray<SetModel>.Empty, EquatableArray<GroupModel>.Empty);
            var issue = new CatalogIssue(DefinitionDiagnostics.InternalError, null, null, AnchorPart.Name, new EquatableArray<string>(new[] { "the definitions", ex.GetType().Name + ": " + ex.Message }));
            return new CatalogResult(empty, new EquatableArray<CatalogIssue>(new[] { issue }));
        }
    }

    /// <summary>Adds the text <paramref name="emit"/> writes from <paramref name="model"/>, which must be all it reads.</summary>
    private static void Emit(SourceProductionContext context, string hintName, object model, Func<string> emit, string what)
    {
        // AddSource is inside: it throws for a hint name that is not unique ignoring case, which the
        // catalog prevents; should it ever happen, it is a finding, not an exception in the compiler.
        try
        {
            context.AddSource(hintName, GeneratorCaches.Texts.GetOrAdd((hintName, model), emit));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(DiagnosticInfo.Create(DefinitionDiagnostics.InternalError, null, what, ex.GetType().Name + ": " + ex.Message)));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(diagnostic));
        }
    }

    private static void ReportIssues(SourceProductionContext context, EquatableArray<CatalogIssue> issues, ImmutableArray<FileAnchors> anchors)
    {
        foreach (var issue in issues)
        {
            var anchorsOfFile = issue.Path is null ? null : anchors.FirstOrDefault(a => a.Path == issue.Path)?.Anchors;
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(issue.ToDiagnostic(anchorsOfFile)));
        }
    }

    /// <summary>A <c>convertible-to</c> entry the compilation cannot serve, at the entry in the file.</summary>
    private static void ReportConversionTargets(SourceProductionContext context, DefinitionParseResult file, EquatableArray<ConversionTarget> targets)
    {
        if (file.Spec is null)
        {
            return;
        }

        foreach (var set in file.Spec.Sets)
        {
            foreach (var typeName in set.ConvertibleTo)
            {
                var target = targets.FirstOrDefault(t => t.TypeName == typeName);
                // A built-in set's conversions are optional: they exist when the project references the type.
                if (target is null || target.Kind == ConversionTargetKind.Enum || (file.Spec.IsBuiltIn && target.Kind == ConversionTargetKind.Missing))
                {
                    continue;
                }

                var location = file.Anchors.FirstOrDefault(a => a.Name == set.Name)?.ConvertibleTo.FirstOrDefault(n => n.Name == typeName)?.Location
                    ?? SourceLocation.FileStart(file.Spec.Path);
                var info = target.Kind switch
                {
                    ConversionTargetKind.Missing => DiagnosticInfo.Create(DefinitionDiagnostics.ConversionTypeNotFound, location, typeName, set.Name),
                    ConversionTargetKind.Unsupported => DiagnosticInfo.Create(DefinitionDiagnostics.ConversionTypeNotSupported, location, typeName, set.Name, target.What ?? "not an enum"),
                    _ => DiagnosticInfo.Create(DefinitionDiagnostics.InternalError, location, typeName, target.What ?? "the type could not be read"),
                };
                context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(info));
            }
        }
    }

    /// <summary>The assembly name as a namespace, for projects without a usable RootNamespace.</summary>
    private static string SafeNamespace(string? assemblyName)
    {
        if (assemblyName is not null && Identifiers.IsValidNamespace(assemblyName))
        {
            return assemblyName;
        }

        var parts = (assemblyName ?? "Generated").Split('.').Where(p => p.Length > 0).Select(Identifiers.Suggest);
        var joined = string.Join(".", parts);
        return joined.Length == 0 ? "Generated" : joined;
    }

    /// <summary>An AdditionalFiles item that is a definition file, and whether the package ships it.</summary>
    private sealed record DefinitionFile(AdditionalText Text, bool IsBuiltIn);

    private sealed record CatalogInput(CatalogOptions Options, BuiltInSelection BuiltInSets);

    private sealed record SetEmitInput(SetModel Set, EmitFeatures Features);

    private sealed record LocaleEmitInput(LocaleCatalogSpec Locales, EmitFeatures Features);

    private sealed record GroupEmitInput(GroupModel Group, EmitFeatures Features);

    private sealed record FileAnchors(string Path, EquatableArray<SetAnchor> Anchors);
}

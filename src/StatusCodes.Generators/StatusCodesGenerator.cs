using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Generators.BuiltIn;
using StatusCodes.Generators.Caching;
using StatusCodes.Generators.Diagnostics;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Interop;
using StatusCodes.Generators.Reuse;

namespace StatusCodes.Generators;

/// <summary>
/// Reads every <c>*.codes.yaml</c> / <c>*.codes.yml</c> AdditionalFiles item and generates typed
/// enums and allocation-free lookups. The pipeline: options and compilation facts (small equatable
/// values) → parse each file → merge into a catalog → emit each set, the locales and the groups.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class StatusCodesGenerator : IIncrementalGenerator
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

        var emitFeatures = facts.Select(static (f, _) => f.LanguageVersionSupported ? new EmitFeatures(f.HasSpan, f.HasStaticExtensions, f.HasSpan && f.LanguageVersion >= Utf8LanguageVersion) : null);

        // What decides whether the project uses a referenced assembly's sets, none of it from a definition.
        var reuseSettings = options.Combine(facts).Combine(emitFeatures)
            .Select(static (pair, _) => new ReuseSettings(
                pair.Left.Left.OwnCopy,
                pair.Left.Left.ProjectFile,
                pair.Left.Left.Namespace ?? SafeNamespace(pair.Left.Right.AssemblyName),
                pair.Left.Left.IsPublic,
                pair.Left.Right.LanguageVersion >= LanguageVersion.CSharp10,
                pair.Right,
                pair.Left.Right.HasJson));

        // A project reference the package's targets vouch for (same selection, locales and default
        // locale, no definition file in either project): when it qualifies on what only the compilation
        // knows, the project uses its sets without reading a definition file. A web project compares as
        // usual, since its problem details registration is written from the definitions.
        var ownFilesPresent = files
            .Where(static f => !f.IsBuiltIn)
            .Collect()
            .Select(static (f, _) => !f.IsEmpty);
        var vouchedProviders = context.CompilationProvider
            .Combine(options.Combine(facts).Combine(ownFilesPresent))
            .Select(static (pair, cancellationToken) => new Boxed<EquatableArray<ProvidedSets>>(
                pair.Right.Left.Left.VouchedProviders.IsEmpty || pair.Right.Left.Left.OwnCopy || pair.Right.Right || pair.Right.Left.Right.HasProblemDetails
                    ? EquatableArray<ProvidedSets>.Empty
                    : ReferencedSets.Find(pair.Left, cancellationToken)));
        var vouched = vouchedProviders.Combine(options).Combine(reuseSettings)
            .Select(static (pair, _) => new Boxed<ReusePlan?>(ReusePlan.Vouched(pair.Left.Right.VouchedProviders, pair.Left.Left.Value, pair.Right)))
            .WithTrackingName(TrackingNames.Vouched);
        var isVouched = vouched.Select(static (plan, _) => plan.Value is not null);

        var parsed = files
            .Combine(options.Select(static (o, _) => o.Limits))
            .Combine(isVouched)
            .Select(static (pair, cancellationToken) => pair.Right ? NotRead : Parse(pair.Left.Left, pair.Left.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var specs = parsed
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Specs);
        var allSpecs = specs.Collect();

        var catalogOptions = options.Combine(facts).Combine(isVouched).Select(static (pair, _) => new CatalogInput(
            new CatalogOptions(
                pair.Left.Left.Namespace ?? SafeNamespace(pair.Left.Right.AssemblyName),
                pair.Left.Left.IsPublic,
                pair.Right ? null : pair.Left.Left.DefaultLocale,
                pair.Right ? LocaleSelection.All : pair.Left.Left.Locales),
            // The targets passed no built-in definition file because a precompiled assembly holds the
            // selected sets, or none was read because a reference vouched for them: the selection of
            // sets and locales, and the default locale, are not checked against files that are not there.
            pair.Left.Left.PrecompiledSets || pair.Right ? BuiltInSelection.All : pair.Left.Left.BuiltInSets));

        var builtCatalog = catalogOptions
            .Combine(allSpecs)
            .Select(static (pair, cancellationToken) => BuildCatalog(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Catalog);

        // Sets a referenced assembly provides: looked for only when the project would generate some
        // and has not asked for its own copy, so other projects never walk their references.
        var ownFiles = allSpecs
            .Select(static (s, _) => new Boxed<EquatableArray<string>>(s.Where(f => !f.IsBuiltIn).Select(f => f.Path).ToEquatableArray()))
            .WithTrackingName(TrackingNames.OwnFiles);
        var providers = context.CompilationProvider
            .Combine(options.Combine(builtCatalog))
            .Select(static (pair, cancellationToken) => new Boxed<EquatableArray<ProvidedSets>>(pair.Right.Left.OwnCopy || pair.Right.Right.Catalog.Sets.IsEmpty
                ? EquatableArray<ProvidedSets>.Empty
                : ReferencedSets.Find(pair.Left, cancellationToken)))
            .WithTrackingName(TrackingNames.ReferencedSets);
        var reuse = builtCatalog.Combine(ownFiles).Combine(providers).Combine(reuseSettings)
            .Select(static (pair, _) => ReusePlan.Decide(pair.Left.Left.Left.Catalog, pair.Left.Left.Right.Value, pair.Left.Right.Value, pair.Right))
            .WithTrackingName(TrackingNames.Reuse);

        // What this project generates: nothing of the sets when it uses a referenced assembly's.
        var catalog = builtCatalog.Combine(reuse)
            .Select(static (pair, _) => pair.Right.Provider is null
                ? pair.Left
                : pair.Left with { Catalog = pair.Left.Catalog with { Sets = EquatableArray<SetModel>.Empty, Groups = EquatableArray<GroupModel>.Empty } });
        var catalogAndFeatures = catalog.Combine(emitFeatures);

        var sets = catalogAndFeatures
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<SetEmitInput>.Empty
                : pair.Left.Catalog.Sets.Select(s => new SetEmitInput(s, pair.Right)).ToImmutableArray())
            .WithTrackingName(TrackingNames.Sets);

        var locales = catalogAndFeatures
            .Select(static (pair, _) => pair.Right is null || pair.Left.Catalog.Sets.IsEmpty
                ? null
                : new LocaleEmitInput(pair.Left.Catalog.Locales, pair.Right))
            .WithTrackingName(TrackingNames.Locales);

        // One file per compilation with what every set's class would otherwise repeat.
        var shared = catalogAndFeatures.Combine(facts)
            .Select(static (pair, _) => pair.Left.Right is null || pair.Left.Left.Catalog.Sets.IsEmpty
                ? null
                : new SharedHelpersModel(
                    pair.Left.Left.Catalog.Locales.Namespace,
                    pair.Left.Left.Catalog.Locales.IsPublic,
                    pair.Left.Right,
                    pair.Left.Left.Catalog.Sets.Any(SetEmitter.IsDirect),
                    HasJson(pair.Right)))
            .WithTrackingName(TrackingNames.Shared);

        var groups = catalogAndFeatures
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<GroupEmitInput>.Empty
                : pair.Left.Catalog.Groups.Select(g => new GroupEmitInput(g, pair.Right)).ToImmutableArray())
            .WithTrackingName(TrackingNames.Groups);

        // convertible-to: which requested enums the compilation has, as plain values (no symbols);
        // asked for the project's own sets and the built-in sets it selected, not every built-in file.
        var conversionRequests = allSpecs.Combine(builtCatalog)
            .Select(static (pair, _) => new Boxed<EquatableArray<string>>(ConversionTargets.Requests(pair.Left, pair.Right.Catalog)))
            .WithTrackingName(TrackingNames.ConversionRequests);

        var conversionTargets = conversionRequests
            .Combine(context.CompilationProvider.Combine(context.ParseOptionsProvider))
            .Select(static (pair, cancellationToken) => new Boxed<EquatableArray<ConversionTarget>>(ConversionTargets.Resolve(pair.Right.Left, pair.Right.Right, pair.Left.Value, cancellationToken)))
            .WithTrackingName(TrackingNames.ConversionTargets);

        var interop = catalog.Combine(conversionTargets).Combine(emitFeatures)
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<InteropSet>.Empty
                : InteropEmitter.Plan(pair.Left.Left.Catalog, pair.Left.Right.Value))
            .WithTrackingName(TrackingNames.Interop);

        var utf8 = catalogAndFeatures
            .SelectMany(static (pair, _) => pair.Right?.HasUtf8Literals == true ? pair.Left.Catalog.Sets.ToImmutableArray() : ImmutableArray<SetModel>.Empty)
            .WithTrackingName(TrackingNames.Utf8);

        var references = catalogAndFeatures
            .SelectMany(static (pair, _) => pair.Right is null
                ? ImmutableArray<SetModel>.Empty
                : pair.Left.Catalog.Sets.Where(ReferenceEmitter.HasReferences).ToImmutableArray())
            .WithTrackingName(TrackingNames.References);

        // ASP.NET Core: AddLocalizedProblemDetails and AddStatusCodesSchemas, when the project has what they build on.
        var catalogFactsReuse = builtCatalog.Combine(facts).Combine(reuse);
        var problemDetails = catalogFactsReuse
            .Select(static (pair, _) => pair.Right.Provider is { } provider
                ? ReusedAspNetCore.ProblemDetails(pair.Left.Left.Catalog, pair.Left.Right, provider)
                : ProblemDetailsEmitter.Plan(pair.Left.Left.Catalog, pair.Left.Right))
            .WithTrackingName(TrackingNames.ProblemDetails);

        var openApi = catalogFactsReuse
            .Select(static (pair, _) => pair.Right.Provider is { } provider
                ? ReusedAspNetCore.OpenApi(pair.Left.Left.Catalog, pair.Left.Right, provider)
                : OpenApiEmitter.Plan(pair.Left.Left.Catalog, pair.Left.Right))
            .WithTrackingName(TrackingNames.OpenApi);

        // The converter reads only the set's name, namespace and accessibility, so a changed code re-emits nothing here.
        var json = catalog.Combine(facts)
            .SelectMany(static (pair, _) => HasJson(pair.Right)
                ? pair.Left.Catalog.Sets.Select(s => new JsonSetModel(s.Namespace, s.Name, s.IsPublic, s.LocaleNamespace)).ToImmutableArray()
                : ImmutableArray<JsonSetModel>.Empty)
            .WithTrackingName(TrackingNames.Json);

        var grpcMapping = catalogAndFeatures
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

        context.RegisterSourceOutput(reuse, static (spc, plan) => EmitReuse(spc, plan));

        // An app that the package's targets gave the precompiled sets and no definition file: no
        // catalog, only the global using (the targets chose those sets for the defaults).
        var precompiled = options.Combine(catalogOptions).Combine(facts).Combine(allSpecs.Select(static (s, _) => new Boxed<bool>(s.IsEmpty)))
            .Select(static (pair, _) => pair.Left.Left.Left.PrecompiledSets && pair.Right.Value && pair.Left.Right.PrecompiledAssembly is { } assembly
                ? ReusePlan.Precompiled(assembly, pair.Left.Left.Right.Options.Namespace, pair.Left.Left.Left.ProjectFile)
                : ReusePlan.OwnCopy)
            .WithTrackingName(TrackingNames.Precompiled);
        context.RegisterSourceOutput(precompiled, static (spc, plan) => EmitReuse(spc, plan));
        context.RegisterSourceOutput(vouched, static (spc, plan) =>
        {
            if (plan.Value is { } used)
            {
                EmitReuse(spc, used);
            }
        });

        // Findings, each from its own output so that reporting never forces re-emitting.
        context.RegisterSourceOutput(parsed, static (spc, result) => Report(spc, result.Diagnostics));
        context.RegisterSourceOutput(options, static (spc, o) => Report(spc, o.Diagnostics));

        var sourceMaps = parsed
            .Select(static (r, _) => new FileSourceMaps(r.Spec?.Path ?? string.Empty, r.SourceMaps))
            .WithTrackingName(TrackingNames.SourceMaps)
            .Collect();
        context.RegisterSourceOutput(catalog.Combine(sourceMaps), static (spc, pair) => ReportIssues(spc, pair.Left.Issues, pair.Right));
        context.RegisterSourceOutput(parsed.Combine(conversionTargets), static (spc, pair) => ReportConversionTargets(spc, pair.Left, pair.Right.Value));

        context.RegisterSourceOutput(facts.Combine(allSpecs), static (spc, pair) =>
        {
            if (!pair.Right.IsEmpty && !pair.Left.LanguageVersionSupported)
            {
                var version = pair.Left.LanguageVersion.ToString().Replace("CSharp", string.Empty).Replace('_', '.');
                spc.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(DiagnosticInfo.Create(DefinitionDiagnostics.LanguageVersionTooLow, null, version)));
            }
        });
    }

    /// <summary>C# 11: <c>"…"u8</c> literals.</summary>
    private const LanguageVersion Utf8LanguageVersion = LanguageVersion.CSharp11;

    /// <summary>Whether the generated converters can be written: System.Text.Json 6 or later, and a C# the generator emits.</summary>
    private static bool HasJson(CompilationFacts facts) => facts.LanguageVersionSupported && facts.HasJson;

    internal static bool IsDefinitionFile(string path)
        => path.EndsWith(".codes.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".codes.yml", StringComparison.OrdinalIgnoreCase);
}

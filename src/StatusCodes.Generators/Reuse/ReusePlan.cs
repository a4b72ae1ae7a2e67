using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Generators.Emitting;

namespace StatusCodes.Generators.Reuse;

/// <summary>The project's settings that decide whether it uses a referenced assembly's sets.</summary>
/// <param name="Namespace">The project's own namespace for generated types.</param>
/// <param name="CanImport">Whether the project's C# has <c>global using</c> (C# 10).</param>
/// <param name="Features">What the project's own copy would have (span overloads, UTF-8 members); null when it cannot generate.</param>
/// <param name="HasJson">Whether the project's own copy would have System.Text.Json converters.</param>
internal sealed record ReuseSettings(bool OwnCopy, string? ProjectFile, string Namespace, bool IsPublic, bool CanImport, EmitFeatures? Features, bool HasJson = false);

/// <summary>
/// Whether this project uses the sets of a referenced assembly instead of generating its own, and
/// the finding that says so (or says why not).
/// </summary>
/// <param name="Provider">The assembly whose sets the project uses; null when it generates its own.</param>
/// <param name="Imports">The provider's namespaces that a generated <c>global using</c> imports, so code written against the project's own copy still compiles.</param>
/// <param name="OwnNamespace">
/// The project's namespace when no provider type lives there: declared empty, so that a
/// <c>using</c> of it, written for the project's own copy, still compiles; else null.
/// </param>
internal sealed record ReusePlan(ProvidedSets? Provider, EquatableArray<string> Imports, DiagnosticInfo? Finding, string? OwnNamespace = null)
{
    public static readonly ReusePlan OwnCopy = new(null, EquatableArray<string>.Empty, null);

    /// <summary>
    /// An app whose package targets referenced precompiled sets (<c>StatusCodes.BuiltIns</c>, or
    /// <c>StatusCodes.BuiltIns.{set}</c> for one set) and passed it no definition file: the same plan
    /// <see cref="Decide"/> makes for that provider, without a catalog to compare (the targets chose
    /// the assembly for the project's selection, from the same package).
    /// </summary>
    public static ReusePlan Precompiled(string assembly, string ownNamespace, string? projectFile)
    {
        var ns = GeneratedTypeNames.PrebuiltNamespace;
        var sets = GeneratedTypeNames.PrebuiltSetsOf(assembly) ?? GeneratedTypeNames.PrebuiltSets;
        var provider = new ProvidedSets(assembly, GeneratedCode.Version, ns, EquatableArray<string>.Empty, EquatableArray<ProvidedType>.Empty, HasSpan: true, HasUtf8: true);
        var location = projectFile is null ? null : SourceLocation.FileStart(projectFile);
        var finding = DiagnosticInfo.Create(DefinitionDiagnostics.SetsFromReference, location,
            string.Join(", ", sets), provider.Assembly, ns, ImportedBy(new[] { ns }));
        return new ReusePlan(provider, new[] { ns }.ToEquatableArray(), finding, ownNamespace == ns ? null : ownNamespace);
    }

    /// <summary>
    /// A project uses a provider when the provider has every set, group and locale the project would
    /// generate, from the same generator version, and the project has no definition file of its own
    /// (its sets would need a <c>StatusLocale</c> of their own, which the provider's lookups do not take).
    /// The first such provider in assembly-name order wins. When providers exist and none qualifies,
    /// an info finding names the first and what it lacks.
    /// </summary>
    public static ReusePlan Decide(CatalogModel catalog, EquatableArray<string> ownFiles, EquatableArray<ProvidedSets> providers, ReuseSettings settings)
    {
        if (settings.OwnCopy || settings.Features is null || providers.IsEmpty || catalog.Sets.IsEmpty)
        {
            return OwnCopy;
        }

        var location = settings.ProjectFile is null ? null : SourceLocation.FileStart(settings.ProjectFile);
        if (!ownFiles.IsEmpty)
        {
            var first = providers[0];
            var file = System.IO.Path.GetFileName(ownFiles[0]);
            return NotUsed(location, first, "this project has definition files of its own (" + file + "), whose sets need a StatusLocale of this project",
                "Move those files into '" + first.Assembly + "' to use its sets, or set StatusCodesOwnCopy to true to keep this copy without this message.");
        }

        string? firstReason = null;
        ProvidedSets? firstProvider = null;
        foreach (var provider in providers)
        {
            var reason = Lacks(catalog, provider, settings.Features, settings.HasJson);
            if (reason is null)
            {
                return Uses(provider, catalog.Sets.Select(s => s.Name).ToList(), settings, location);
            }

            firstReason ??= reason;
            firstProvider ??= provider;
        }

        return NotUsed(location, firstProvider!, firstReason!,
            "Choose the same StatusCodesBuiltInSets and StatusCodesLocales, and the same package version, in both projects to use its sets, or set StatusCodesOwnCopy to true to keep this copy without this message.");
    }

    /// <summary>
    /// What <paramref name="provider"/> lacks of what the project would generate, or where it would
    /// answer differently (another default locale); null when nothing. Using it must never take a
    /// member or a behaviour away from code written against the project's own copy.
    /// </summary>
    private static string? Lacks(CatalogModel catalog, ProvidedSets provider, EmitFeatures features, bool hasJson)
    {
        if (provider.Version != GeneratedCode.Version)
        {
            return "it was generated by StatusCodes.Generators " + (provider.Version.Length == 0 ? "(no version)" : provider.Version) + ", and this project uses " + GeneratedCode.Version;
        }

        var missingSets = catalog.Sets.Select(s => s.Name)
            .Where(name => !HasSet(provider, name))
            .Concat(catalog.Groups.Select(g => GeneratedTypeNames.GroupClass(g.Name)).Where(name => provider.Find(name) is null))
            .ToList();
        if (missingSets.Count > 0)
        {
            return "it does not provide " + string.Join(", ", missingSets);
        }

        foreach (var set in catalog.Sets)
        {
            var provided = provider.Find(set.Name)!.Codes;
            var missingCodes = set.Codes.Select(c => c.Code).Where(code => !provided.Contains(code)).ToList();
            if (missingCodes.Count > 0)
            {
                var shown = string.Join(", ", missingCodes.Take(5).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return "its " + set.Name + " lacks " + shown + (missingCodes.Count > 5 ? " and " + (missingCodes.Count - 5).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty);
            }
        }

        var missingLocales = catalog.Locales.Names
            .Where(name => !provider.LocaleMembers.Contains(LocaleNames.ToMemberName(name)))
            .ToList();
        if (missingLocales.Count > 0)
        {
            return "its StatusLocale lacks " + string.Join(", ", missingLocales);
        }

        var defaultMember = LocaleNames.ToMemberName(catalog.Locales.Default);
        if (provider.LocaleMembers[0] != defaultMember)
        {
            return "its default locale is " + LocaleName(catalog, provider.LocaleMembers[0]) + ", and this project's is " + catalog.Locales.Default;
        }

        return LacksMembers(provider, catalog.Sets.Select(s => s.Name), features, hasJson);
    }

    /// <summary>What <paramref name="provider"/> lacks of the members the project's own copy of <paramref name="sets"/> would have; null when nothing.</summary>
    private static string? LacksMembers(ProvidedSets provider, IEnumerable<string> sets, EmitFeatures features, bool hasJson)
    {
        if (features.HasSpan && !provider.HasSpan)
        {
            return "it was compiled without the span overloads (TryParse(ReadOnlySpan<char>) and the like) that this project would have";
        }

        if (features.HasUtf8Literals && !provider.HasUtf8)
        {
            return "it was compiled without the UTF-8 members (GetTitleUtf8 and the like, C# 11) that this project would have";
        }

        var withoutConverter = hasJson
            ? sets.Select(GeneratedTypeNames.JsonConverterClass).FirstOrDefault(name => provider.Find(name) is null)
            : null;
        return withoutConverter is null
            ? null
            : "it was compiled without the System.Text.Json converters (" + withoutConverter + ") that this project would have";
    }

    /// <summary>
    /// A project whose package targets found, among its project references, one that makes public the
    /// sets this project would generate: the same StatusCodesBuiltInSets, StatusCodesLocales and
    /// StatusCodesDefaultLocale, and no definition file in either project (the targets pass the
    /// referenced assemblies' names). The plan <see cref="Decide"/> makes, without parsing a definition:
    /// what only the compilation knows (the package version, the span overloads, the UTF-8 members and
    /// the JSON converters) is checked here. Null when the first provider is not one the targets named,
    /// or lacks any of that; the generator then compares the definitions as usual.
    /// </summary>
    public static ReusePlan? Vouched(EquatableArray<string> assemblies, EquatableArray<ProvidedSets> providers, ReuseSettings settings)
    {
        if (assemblies.IsEmpty || settings.OwnCopy || settings.Features is null || providers.IsEmpty)
        {
            return null;
        }

        // Decide takes the first provider that qualifies; one the targets did not name cannot be
        // judged without the definitions, so the plan is left to Decide.
        var provider = providers[0];
        if (!assemblies.Any(a => string.Equals(a, provider.Assembly, StringComparison.OrdinalIgnoreCase))
            || provider.Version != GeneratedCode.Version)
        {
            return null;
        }

        var sets = SetsOf(provider);
        if (sets.Count == 0 || LacksMembers(provider, sets, settings.Features, settings.HasJson) is not null)
        {
            return null;
        }

        return Uses(provider, sets, settings, settings.ProjectFile is null ? null : SourceLocation.FileStart(settings.ProjectFile));
    }

    /// <summary>The sets a provider has (an enum and its extensions class), in the order a catalog of the built-in definitions lists them.</summary>
    private static List<string> SetsOf(ProvidedSets provider)
    {
        var sets = provider.Types
            .Where(t => !t.Codes.IsEmpty && t.Name != GeneratedTypeNames.LocaleEnum && HasSet(provider, t.Name))
            .Select(t => t.Name)
            .ToList();
        GeneratedTypeNames.SortInCatalogOrder(sets);
        return sets;
    }

    /// <summary>The plan that uses <paramref name="provider"/> for <paramref name="sets"/>, and SCG0306 saying so.</summary>
    private static ReusePlan Uses(ProvidedSets provider, IReadOnlyList<string> sets, ReuseSettings settings, SourceLocation? location)
    {
        var namespaces = new SortedSet<string>(StringComparer.Ordinal) { provider.LocaleNamespace };
        foreach (var set in sets)
        {
            namespaces.Add(provider.NamespaceOf(set)!);
        }

        var imports = settings.CanImport
            ? namespaces.Where(n => n.Length > 0 && n != settings.Namespace).ToEquatableArray()
            : EquatableArray<string>.Empty;
        var how = imports.IsEmpty
            ? (namespaces.All(n => n.Length == 0 || n == settings.Namespace) ? string.Empty : "; add 'using " + provider.LocaleNamespace + ";' where you use them")
            : ImportedBy(imports);
        var ownNamespace = namespaces.Contains(settings.Namespace) ? null : settings.Namespace;
        return new ReusePlan(provider, imports, DiagnosticInfo.Create(DefinitionDiagnostics.SetsFromReference, location, string.Join(", ", sets), provider.Assembly, provider.LocaleNamespace, how), ownNamespace);
    }

    /// <summary>The end of SCG0306 when the project imports the provider's namespaces.</summary>
    private static string ImportedBy(IEnumerable<string> namespaces) => "; a generated global using imports " + string.Join(", ", namespaces);

    /// <summary>The culture name of a provider's locale member, as the project spells it.</summary>
    private static string LocaleName(CatalogModel catalog, string member)
        => catalog.Locales.Names.FirstOrDefault(n => LocaleNames.ToMemberName(n) == member) ?? member;

    /// <summary>A set is its enum and its extensions class, in one namespace.</summary>
    private static bool HasSet(ProvidedSets provider, string name)
        => provider.Find(name) is { } set && provider.Types.Any(t => t.Namespace == set.Namespace && t.Name == GeneratedTypeNames.ExtensionsClass(name));

    private static ReusePlan NotUsed(SourceLocation? location, ProvidedSets provider, string reason, string advice)
        => new(null, EquatableArray<string>.Empty, DiagnosticInfo.Create(DefinitionDiagnostics.ReferencedSetsNotUsed, location, provider.Assembly, reason, advice));
}

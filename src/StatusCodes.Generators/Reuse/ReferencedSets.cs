using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Generators.Analyzers;
using StatusCodes.Generators.Emitting;

namespace StatusCodes.Generators.Reuse;

/// <summary>
/// What one referenced assembly generated with this package and made public: its <c>StatusLocale</c>
/// and every public type carrying the generator's <c>[GeneratedCode]</c> marker. Plain values, so the
/// step that reads them from the compilation stops the pipeline when a C# edit leaves them equal.
/// </summary>
/// <param name="Assembly">The assembly's simple name, for the message that says where the sets come from.</param>
/// <param name="Version">The generator version in the marker of its <c>StatusLocale</c>.</param>
/// <param name="LocaleNamespace">The namespace of its <c>StatusLocale</c>.</param>
/// <param name="LocaleMembers">The members of its <c>StatusLocale</c> (such as <c>EnUS</c>), in declaration order.</param>
/// <param name="Types">Its public generated types, sorted by namespace and name.</param>
/// <param name="HasSpan">Whether its lookups have the span overloads (<c>StatusLocales.TryParse(ReadOnlySpan&lt;char&gt;, …)</c>).</param>
/// <param name="HasUtf8">Whether its sets have the UTF-8 members (<c>GetReasonPhraseUtf8</c> and the like).</param>
internal sealed record ProvidedSets(string Assembly, string Version, string LocaleNamespace, EquatableArray<string> LocaleMembers, EquatableArray<ProvidedType> Types, bool HasSpan, bool HasUtf8)
{
    /// <summary>The namespace of the public generated type <paramref name="name"/>, or null when the assembly has none.</summary>
    public string? NamespaceOf(string name) => Types.FirstOrDefault(t => t.Name == name)?.Namespace;

    public ProvidedType? Find(string name) => Types.FirstOrDefault(t => t.Name == name);

    /// <summary>Whether these are one of the package's own precompiled assemblies (<c>StatusCodes.BuiltIns</c>, <c>StatusCodes.BuiltIns.{set}</c>).</summary>
    public bool IsPrebuilt => GeneratedTypeNames.PrebuiltSetsOf(Assembly) is not null;
}

/// <summary>One public generated type of a referenced assembly.</summary>
/// <param name="HasReferences">For a set's extensions class: whether it declares <c>GetReference</c>.</param>
/// <param name="HasUtf8">For a set's extensions class: whether it declares the UTF-8 members.</param>
/// <param name="Codes">For an enum: the values of its members, ascending.</param>
internal sealed record ProvidedType(string Namespace, string Name, bool HasReferences = false, bool HasUtf8 = false, EquatableArray<int> Codes = default);

/// <summary>Finds, in a compilation's references, the assemblies that provide generated sets.</summary>
internal static class ReferencedSets
{
    /// <summary>
    /// The providers among the compilation's references, ordered by assembly name, the package's
    /// precompiled sets last. Only assemblies
    /// with a type named <c>StatusLocale</c> are walked (a name lookup the assembly answers from its
    /// type table), and the framework's reference packs are skipped by path, so a project without
    /// providers pays for a loop over its references.
    /// </summary>
    public static EquatableArray<ProvidedSets> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<ProvidedSets>();
        foreach (var reference in compilation.ExternalReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reference is PortableExecutableReference { FilePath: { } path } && IsFrameworkReference(path))
            {
                continue;
            }

            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly
                || !assembly.TypeNames.Contains(LocaleEmitter.EnumName))
            {
                continue;
            }

            found.AddRange(ByAssembly.GetValue(assembly, a => new Provided(Read(a, cancellationToken))).Sets);
        }

        // The package's precompiled sets come last: an app that also references a library with sets of
        // its own must use the library's types, which the library's public API takes and returns.
        found.Sort(static (a, b) => a.IsPrebuilt != b.IsPrebuilt
            ? a.IsPrebuilt.CompareTo(b.IsPrebuilt)
            : string.CompareOrdinal(a.Assembly + "/" + a.LocaleNamespace, b.Assembly + "/" + b.LocaleNamespace));
        return found.ToEquatableArray();
    }

    /// <summary>
    /// What each assembly provides, read once per assembly symbol: an editor builds a compilation per
    /// keystroke, but the symbols of unchanged references are the same objects, so only a changed
    /// reference is walked again.
    /// </summary>
    private static readonly ConditionalWeakTable<IAssemblySymbol, Provided> ByAssembly = new();

    private sealed class Provided
    {
        public Provided(List<ProvidedSets> sets) => Sets = sets;

        public List<ProvidedSets> Sets { get; }
    }

    private static List<ProvidedSets> Read(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var types = new List<ProvidedType>();
        var locales = new List<INamedTypeSymbol>();
        Collect(assembly.GlobalNamespace, types, locales, cancellationToken);
        var sets = new List<ProvidedSets>();
        if (types.Count == 0)
        {
            return sets;
        }

        types.Sort(static (a, b) => string.CompareOrdinal(a.Namespace + "." + a.Name, b.Namespace + "." + b.Name));
        var hasUtf8 = types.Any(t => t.HasUtf8);
        foreach (var locale in locales)
        {
            sets.Add(new ProvidedSets(
                assembly.Identity.Name,
                MarkerVersion(locale) ?? string.Empty,
                Namespace(locale),
                locale.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray(),
                types.ToEquatableArray(),
                HasSpanOverloads(locale),
                hasUtf8));
        }

        return sets;
    }

    /// <summary>A targeting pack's reference assembly (<c>packs/Microsoft.NETCore.App.Ref/...</c> and the like), which never holds generated sets.</summary>
    internal static bool IsFrameworkReference(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.IndexOf("/packs/", StringComparison.OrdinalIgnoreCase) >= 0
            && normalized.IndexOf(".App.Ref/", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static void Collect(INamespaceSymbol ns, List<ProvidedType> types, List<INamedTypeSymbol> locales, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var type in ns.GetTypeMembers())
        {
            if (type.DeclaredAccessibility != Accessibility.Public || !CodeSetResolver.HasGeneratorMarker(type))
            {
                continue;
            }

            var hasReferences = type.IsStatic && !type.GetMembers("GetReference").IsEmpty;
            var hasUtf8 = type.IsStatic && !type.GetMembers("GetReasonPhraseUtf8").IsEmpty;
            var codes = type.TypeKind == TypeKind.Enum
                ? type.GetMembers().OfType<IFieldSymbol>().Where(f => f.ConstantValue is int).Select(f => (int)f.ConstantValue!).OrderBy(c => c).ToEquatableArray()
                : EquatableArray<int>.Empty;
            types.Add(new ProvidedType(Namespace(type), type.Name, hasReferences, hasUtf8, codes));
            if (type.TypeKind == TypeKind.Enum && type.Name == LocaleEmitter.EnumName)
            {
                locales.Add(type);
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            Collect(child, types, locales, cancellationToken);
        }
    }

    /// <summary>Whether the <c>StatusLocales</c> beside <paramref name="locale"/> has a <c>TryParse</c> that takes a span.</summary>
    private static bool HasSpanOverloads(INamedTypeSymbol locale)
        => locale.ContainingNamespace.GetTypeMembers(LocaleEmitter.ClassName)
            .SelectMany(t => t.GetMembers("TryParse"))
            .OfType<IMethodSymbol>()
            .Any(m => m.Parameters.Length == 2 && m.Parameters[0].Type.SpecialType != SpecialType.System_String);

    private static string Namespace(INamedTypeSymbol type)
        => type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();

    private static string? MarkerVersion(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "GeneratedCodeAttribute"
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string tool
                && tool == GeneratedCode.Tool)
            {
                return attribute.ConstructorArguments[1].Value as string;
            }
        }

        return null;
    }
}

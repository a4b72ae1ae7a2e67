using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;

namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// Finds the generated status-code enums of one compilation by the generator's marker, from
/// source or from referenced assemblies, and remembers the answer for each type it is asked about.
/// A generated set is an enum <c>E</c> and a static class <c>EExtensions</c> in the same namespace,
/// both marked <c>[GeneratedCode("StatusCodes.Generators", ...)]</c>, the class declaring
/// <c>E FromCode(int)</c>. That excludes the category and locale enums, which carry the marker too.
/// </summary>
internal sealed class CodeSetResolver
{
    public const string GeneratorToolName = GeneratedTypeNames.GeneratorName;

    private readonly ConcurrentDictionary<ITypeSymbol, CodeSet?> _byEnum = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CodeSet?> _byExtensions = new(SymbolEqualityComparer.Default);

    /// <summary>The set of <paramref name="type"/> when it is a generated status-code enum.</summary>
    public CodeSet? ForEnum(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum, ContainingType: null } named)
        {
            return null;
        }

        return _byEnum.GetOrAdd(named, static t => Resolve((INamedTypeSymbol)t));
    }

    /// <summary>The set whose generated <c>{Enum}Extensions</c> class is <paramref name="type"/>.</summary>
    public CodeSet? ForExtensionsClass(INamedTypeSymbol type)
    {
        if (!type.IsStatic || type.ContainingType is not null || !type.Name.EndsWith(GeneratedTypeNames.ExtensionsSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        return _byExtensions.GetOrAdd(type, t =>
        {
            var enumName = t.Name.Substring(0, t.Name.Length - GeneratedTypeNames.ExtensionsSuffix.Length);
            foreach (var candidate in t.ContainingNamespace.GetTypeMembers(enumName))
            {
                if (candidate.TypeKind == TypeKind.Enum && ForEnum(candidate) is { } set)
                {
                    return set;
                }
            }

            return null;
        });
    }

    /// <summary>
    /// The set named <paramref name="name"/> in this compilation or its references (the first found,
    /// source first). Asks each assembly for its type names before walking any namespace, so the
    /// search is cheap; callers still run it at most once per compilation.
    /// </summary>
    public CodeSet? FindByName(Compilation compilation, string name)
    {
        if (FindIn(compilation.Assembly, name) is { } own)
        {
            return own;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (FindIn(assembly, name) is { } referenced)
            {
                return referenced;
            }
        }

        return null;
    }

    internal static bool HasGeneratorMarker(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass
                && IsSystemCodeDomCompiler(attributeClass.ContainingNamespace)
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool
                && string.Equals(tool, GeneratorToolName, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private CodeSet? FindIn(IAssemblySymbol assembly, string name)
    {
        if (!assembly.TypeNames.Contains(name))
        {
            return null;
        }

        return FindIn(assembly.GlobalNamespace, name);
    }

    private CodeSet? FindIn(INamespaceSymbol ns, string name)
    {
        foreach (var type in ns.GetTypeMembers(name))
        {
            if (ForEnum(type) is { } set)
            {
                return set;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            if (FindIn(child, name) is { } set)
            {
                return set;
            }
        }

        return null;
    }

    private static CodeSet? Resolve(INamedTypeSymbol enumType)
    {
        if (enumType.EnumUnderlyingType?.SpecialType != SpecialType.System_Int32 || !HasGeneratorMarker(enumType))
        {
            return null;
        }

        foreach (var extensions in enumType.ContainingNamespace.GetTypeMembers(enumType.Name + GeneratedTypeNames.ExtensionsSuffix))
        {
            if (extensions.IsStatic && HasGeneratorMarker(extensions) && DeclaresFromCode(extensions, enumType))
            {
                return CodeSet.Create(enumType, extensions);
            }
        }

        return null;
    }

    private static bool DeclaresFromCode(INamedTypeSymbol extensions, INamedTypeSymbol enumType)
    {
        foreach (var member in extensions.GetMembers("FromCode"))
        {
            if (member is IMethodSymbol { IsStatic: true, Parameters.Length: 1 } method
                && method.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, enumType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSystemCodeDomCompiler(INamespaceSymbol? ns)
        => ns is { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Generators.Interop;

/// <summary>What the compilation says about one <c>convertible-to</c> type.</summary>
internal enum ConversionTargetKind
{
    /// <summary>No type of that name that the project can see.</summary>
    Missing,

    /// <summary>A type, but not an enum based on int or long.</summary>
    Unsupported,

    /// <summary>An enum the generated code can convert to and from.</summary>
    Enum,

    /// <summary>Looking the type up failed; reported, never thrown.</summary>
    Failed,
}

/// <summary>
/// One requested <c>convertible-to</c> type as the compilation has it, as a plain value: no symbol
/// travels down the pipeline, and an edit that does not change these facts changes nothing.
/// </summary>
/// <param name="TypeName">The full name as the definitions write it.</param>
/// <param name="What">For <see cref="ConversionTargetKind.Unsupported"/> and <see cref="ConversionTargetKind.Failed"/>: what the type is, or what went wrong.</param>
/// <param name="IsLong">Whether the enum is based on long (else int).</param>
/// <param name="IsPublic">Whether the enum is visible outside its assembly; conversions to an internal enum are internal.</param>
/// <param name="Carriers">Types of the compilation that carry a value of this enum in a property.</param>
internal sealed record ConversionTarget(
    string TypeName,
    ConversionTargetKind Kind,
    string? What,
    bool IsLong,
    bool IsPublic,
    EquatableArray<CarrierProperty> Carriers);

/// <summary>A class whose instance property holds a value of a conversion target (<c>HttpResponseMessage.StatusCode</c>).</summary>
internal sealed record CarrierProperty(string TypeName, string PropertyName, bool IsPublic);

/// <summary>Reads the <c>convertible-to</c> types from the compilation.</summary>
internal static class ConversionTargets
{
    /// <summary>
    /// Well-known classes that carry a status enum, so that the helpers reach the value where users
    /// hold it. Only what the compilation really has is used.
    /// </summary>
    private static readonly (string Target, string Carrier, string Property)[] KnownCarriers =
    {
        (HttpStatusCode, "System.Net.Http.HttpResponseMessage", "StatusCode"),
    };

    /// <summary>
    /// Every type name asked for by a set of the project's own files or by a built-in set the project
    /// generates, once each, in ordinal order. A built-in set left out (the opt-in <c>GrpcStatus</c>)
    /// asks nothing: looking a type up by name reads the metadata of every reference, about 130 ms in
    /// a fresh compiler, which every project would pay for a set it does not have.
    /// </summary>
    public static EquatableArray<string> Requests(ImmutableArray<DefinitionFileSpec> files, CatalogModel catalog)
        => files
            .Where(f => !f.IsBuiltIn)
            .SelectMany(f => f.Sets)
            .SelectMany(s => s.ConvertibleTo)
            .Concat(catalog.Sets.SelectMany(s => s.ConvertibleTo))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The framework enum whose shape is fixed wherever <see cref="FrameworkTypes"/> vouches for it.</summary>
    private const string HttpStatusCode = "System.Net.HttpStatusCode";

    public static EquatableArray<ConversionTarget> Resolve(Compilation compilation, ParseOptions? parseOptions, EquatableArray<string> typeNames, CancellationToken cancellationToken)
    {
        if (typeNames.IsEmpty)
        {
            return EquatableArray<ConversionTarget>.Empty;
        }

        var framework = FrameworkTypes.Of(compilation, parseOptions);

        var targets = new List<ConversionTarget>(typeNames.Count);
        foreach (var typeName in typeNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                targets.Add(FromFramework(framework, typeName) ?? ResolveOne(compilation, typeName));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                targets.Add(new ConversionTarget(typeName, ConversionTargetKind.Failed, ex.GetType().Name + ": " + ex.Message, false, false, EquatableArray<CarrierProperty>.Empty));
            }
        }

        return targets.ToEquatableArray();
    }

    /// <summary>
    /// <c>System.Net.HttpStatusCode</c> on a framework that has it and its carriers where they always
    /// are: a public enum based on int, read by <c>HttpResponseMessage.StatusCode</c>. Null for any
    /// other type, or when a carrier's home is not referenced, so that the compilation decides.
    /// </summary>
    private static ConversionTarget? FromFramework(FrameworkTypes? framework, string typeName)
    {
        if (framework is null || typeName != HttpStatusCode || !framework.IsReferenced(typeName))
        {
            return null;
        }

        var carriers = KnownCarriers.Where(k => k.Target == typeName).ToList();
        if (!carriers.All(k => framework.IsReferenced(k.Carrier)))
        {
            return null;
        }

        return new ConversionTarget(
            typeName,
            ConversionTargetKind.Enum,
            null,
            IsLong: false,
            IsPublic: true,
            carriers.Select(k => new CarrierProperty(k.Carrier, k.Property, IsPublic: true)).ToEquatableArray());
    }

    private static ConversionTarget ResolveOne(Compilation compilation, string typeName)
    {
        var type = Find(compilation, typeName);
        if (type is null)
        {
            return new ConversionTarget(typeName, ConversionTargetKind.Missing, null, false, false, EquatableArray<CarrierProperty>.Empty);
        }

        if (type.TypeKind != TypeKind.Enum)
        {
            return Unsupported(typeName, Describe(type));
        }

        var underlying = type.EnumUnderlyingType?.SpecialType ?? SpecialType.None;
        if (underlying is not (SpecialType.System_Int32 or SpecialType.System_Int64))
        {
            return Unsupported(typeName, "an enum based on " + (type.EnumUnderlyingType?.ToDisplayString() ?? "an unknown type"));
        }

        var carriers = KnownCarriers
            .Where(k => k.Target == typeName)
            .Select(k => FindCarrier(compilation, type, k.Carrier, k.Property))
            .Where(c => c is not null)
            .Select(c => c!)
            .ToEquatableArray();
        return new ConversionTarget(typeName, ConversionTargetKind.Enum, null, underlying == SpecialType.System_Int64, IsPublic(type), carriers);
    }

    private static ConversionTarget Unsupported(string typeName, string what)
        => new(typeName, ConversionTargetKind.Unsupported, what, false, false, EquatableArray<CarrierProperty>.Empty);

    /// <summary>
    /// The type the dotted C# name means, seen from the project: <c>A.B.C</c> is tried as a
    /// top-level type, then as nested types (<c>A.B+C</c>, <c>A+B+C</c>). A name that several
    /// references define counts when exactly one of them is accessible.
    /// </summary>
    private static INamedTypeSymbol? Find(Compilation compilation, string dottedName)
    {
        var metadataName = dottedName;
        while (true)
        {
            var type = compilation.GetTypeByMetadataName(metadataName);
            if (type is null)
            {
                var accessible = compilation.GetTypesByMetadataName(metadataName)
                    .Where(t => compilation.IsSymbolAccessibleWithin(t, compilation.Assembly))
                    .ToList();
                type = accessible.Count == 1 ? accessible[0] : null;
            }

            if (type is not null)
            {
                return compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) ? type : null;
            }

            var dot = metadataName.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            metadataName = metadataName.Substring(0, dot) + "+" + metadataName.Substring(dot + 1);
        }
    }

    private static CarrierProperty? FindCarrier(Compilation compilation, INamedTypeSymbol target, string carrierName, string propertyName)
    {
        var carrier = Find(compilation, carrierName);
        if (carrier is null || carrier.TypeKind != TypeKind.Class)
        {
            return null;
        }

        for (var type = carrier; type is not null; type = type.BaseType)
        {
            var property = type.GetMembers(propertyName)
                .OfType<IPropertySymbol>()
                .FirstOrDefault(p => !p.IsStatic && !p.IsIndexer && p.GetMethod is not null && p.DeclaredAccessibility == Accessibility.Public);
            if (property is not null)
            {
                return SymbolEqualityComparer.Default.Equals(property.Type, target)
                    ? new CarrierProperty(carrierName, propertyName, IsPublic(carrier))
                    : null;
            }
        }

        return null;
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (ISymbol? symbol = type; symbol is INamedTypeSymbol named; symbol = named.ContainingType)
        {
            if (named.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => "a class",
        TypeKind.Struct => "a struct",
        TypeKind.Interface => "an interface",
        TypeKind.Delegate => "a delegate",
        _ => "not an enum",
    };
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// The APIs that take an HTTP status code, found by metadata name so that the analyzer needs no
/// ASP.NET Core reference. On each owner type (and types derived from it) a parameter named
/// <c>statusCode</c> and a property named <c>StatusCode</c> of type int, int? or
/// <c>System.Net.HttpStatusCode</c> hold a status code: <c>Results.StatusCode(n)</c>,
/// <c>Results.Problem(statusCode: n)</c>, <c>ControllerBase.StatusCode(n)</c>,
/// <c>HttpResponse.StatusCode = n</c>, <c>new StatusCodeResult(n)</c>,
/// <c>ObjectResult.StatusCode = n</c>, <c>new HttpResponseMessage((HttpStatusCode)n)</c> and
/// <c>[ProducesResponseType(n)]</c>.
/// </summary>
internal sealed class HttpStatusTargets
{
    public const string ParameterName = "statusCode";
    public const string PropertyName = "StatusCode";

    private static readonly string[] OwnerNames =
    {
        "Microsoft.AspNetCore.Http.Results",
        "Microsoft.AspNetCore.Http.TypedResults",
        "Microsoft.AspNetCore.Mvc.ControllerBase",
        "Microsoft.AspNetCore.Http.HttpResponse",
        "Microsoft.AspNetCore.Mvc.StatusCodeResult",
        "Microsoft.AspNetCore.Mvc.ObjectResult",
        "System.Net.Http.HttpResponseMessage",
    };

    private static readonly string[] AttributeNames =
    {
        "Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute",
        "Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute`1",
    };

    private readonly ImmutableArray<INamedTypeSymbol> _owners;
    private readonly ImmutableArray<INamedTypeSymbol> _attributes;
    private readonly INamedTypeSymbol? _httpStatusCode;

    private HttpStatusTargets(ImmutableArray<INamedTypeSymbol> owners, ImmutableArray<INamedTypeSymbol> attributes, INamedTypeSymbol? httpStatusCode)
    {
        _owners = owners;
        _attributes = attributes;
        _httpStatusCode = httpStatusCode;
    }

    public bool HasOwners => !_owners.IsEmpty;

    public bool HasAttributes => !_attributes.IsEmpty;

    /// <summary>The targets this compilation can see, or null when it references none of them.</summary>
    public static HttpStatusTargets? Resolve(Compilation compilation)
    {
        var owners = Find(compilation, OwnerNames);
        var attributes = Find(compilation, AttributeNames);
        if (owners.IsEmpty && attributes.IsEmpty)
        {
            return null;
        }

        return new HttpStatusTargets(owners, attributes, compilation.GetTypeByMetadataName("System.Net.HttpStatusCode"));
    }

    /// <summary>Whether <paramref name="parameter"/> of <paramref name="method"/> takes a status code.</summary>
    public bool IsStatusCodeParameter(IMethodSymbol method, IParameterSymbol? parameter)
        => parameter is not null
            && parameter.Name == ParameterName
            && IsStatusCodeType(parameter.Type)
            && IsOwnedBy(method.ContainingType, _owners);

    public bool IsStatusCodeProperty(IPropertySymbol property)
        => property.Name == PropertyName
            && IsStatusCodeType(property.Type)
            && IsOwnedBy(property.ContainingType, _owners);

    public bool IsStatusCodeAttribute(INamedTypeSymbol? attributeClass)
        => attributeClass is not null && IsOwnedBy(attributeClass.OriginalDefinition, _attributes);

    public bool IsStatusCodeType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType == SpecialType.System_Int32
            || (_httpStatusCode is not null && SymbolEqualityComparer.Default.Equals(type, _httpStatusCode));
    }

    private static bool IsOwnedBy(INamedTypeSymbol? type, ImmutableArray<INamedTypeSymbol> owners)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            foreach (var owner in owners)
            {
                if (SymbolEqualityComparer.Default.Equals(definition, owner))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ImmutableArray<INamedTypeSymbol> Find(Compilation compilation, string[] names)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in names)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}

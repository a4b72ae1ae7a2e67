using System;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Generators.Emitting;

namespace StatusCodes.Generators.Interop;

/// <summary>What the HTTP → gRPC mapping needs of the two sets: where they are and who may see them.</summary>
/// <param name="HttpNamespace">The namespace of the <c>HttpStatus</c> set, where the method's class goes.</param>
/// <param name="HttpIsPublic">Whether <c>HttpStatus</c> and its extensions class are public.</param>
/// <param name="GrpcNamespace">The namespace of the <c>GrpcStatus</c> set.</param>
/// <param name="GrpcIsPublic">Whether <c>GrpcStatus</c> is public.</param>
internal sealed record GrpcMappingModel(string HttpNamespace, bool HttpIsPublic, string GrpcNamespace, bool GrpcIsPublic);

/// <summary>
/// Emits <c>ToGrpcStatus(this HttpStatus)</c>, the gRPC project's HTTP → gRPC status mapping
/// (doc/http-grpc-status-mapping.md in grpc/grpc): what a gRPC client reports when a response
/// carries an HTTP status but no <c>grpc-status</c>. A separate file adding to the same
/// <c>static partial class HttpStatusExtensions</c>, written only with the public surface of the two
/// enums (a switch on the number, the <c>GrpcStatus</c> members), so it does not depend on how the
/// set emitter lays out its lookups.
/// </summary>
internal static class GrpcMappingEmitter
{
    public const string HttpSetName = "HttpStatus";
    public const string GrpcSetName = "GrpcStatus";
    public const string MethodName = "ToGrpcStatus";

    /// <summary>The HTTP codes the mapping names, each with the <c>GrpcStatus</c> member it maps to; every other code maps to <see cref="Otherwise"/>.</summary>
    internal static readonly (int Http, int Grpc, string Member)[] Rows =
    {
        (400, 13, "Internal"),
        (401, 16, "Unauthenticated"),
        (403, 7, "PermissionDenied"),
        (404, 12, "Unimplemented"),
        (429, 14, "Unavailable"),
        (502, 14, "Unavailable"),
        (503, 14, "Unavailable"),
        (504, 14, "Unavailable"),
    };

    internal static readonly (int Grpc, string Member) Otherwise = (2, "Unknown");

    public static string HintName(GrpcMappingModel model) => model.HttpNamespace + "." + HttpSetName + ".Grpc.g.cs";

    /// <summary>
    /// The mapping when the catalog generates <c>HttpStatus</c> and a <c>GrpcStatus</c> that has the
    /// members the mapping returns (the built-in set, or a replacement with the same codes); else null.
    /// A <c>GrpcStatus</c> in the namespace of <c>HttpStatus</c> is preferred over one elsewhere.
    /// </summary>
    public static GrpcMappingModel? Plan(CatalogModel catalog)
    {
        var http = catalog.Sets.FirstOrDefault(s => s.Name == HttpSetName);
        if (http is null)
        {
            return null;
        }

        var grpc = catalog.Sets.FirstOrDefault(s => s.Name == GrpcSetName && s.Namespace == http.Namespace)
            ?? catalog.Sets.FirstOrDefault(s => s.Name == GrpcSetName);
        if (grpc is null || !Rows.Select(r => (r.Grpc, r.Member)).Append(Otherwise).All(m => grpc.Codes.Any(c => c.Code == m.Item1 && c.Name == m.Item2)))
        {
            return null;
        }

        return new GrpcMappingModel(http.Namespace, http.IsPublic, grpc.Namespace, grpc.IsPublic);
    }

    public static string Emit(GrpcMappingModel model)
    {
        var w = new SourceWriter();
        var http = CSharpNames.Global(model.HttpNamespace, HttpSetName);
        var grpc = CSharpNames.Global(model.GrpcNamespace, GrpcSetName);
        var access = GeneratedCode.Accessibility(model.HttpIsPublic && model.GrpcIsPublic);

        GeneratedCode.WriteHeader(w);
        using (w.Block("namespace " + CSharpNames.Namespace(model.HttpNamespace)))
        {
            using (w.Block(GeneratedCode.Accessibility(model.HttpIsPublic) + " static partial class " + CSharpNames.Identifier(GeneratedTypeNames.ExtensionsClass(HttpSetName))))
            {
                w.Lines($$"""
                    /// <summary>
                    /// The gRPC status a gRPC client reports for a response with this HTTP status and no
                    /// <c>grpc-status</c>, as the gRPC project maps them: 400 is <c>INTERNAL</c>, 401
                    /// <c>UNAUTHENTICATED</c>, 403 <c>PERMISSION_DENIED</c>, 404 <c>UNIMPLEMENTED</c>, 429, 502, 503
                    /// and 504 <c>UNAVAILABLE</c>, and every other code, 200 included, <c>UNKNOWN</c>.
                    /// </summary>
                    /// <param name="value">The HTTP status of the response.</param>
                    /// <returns>The mapped <see cref="{{grpc}}"/>.</returns>
                    /// <remarks>See https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md.</remarks>
                    {{GeneratedCode.Attribute}}
                    {{access}} static {{grpc}} {{MethodName}}(this {{http}} value) => (int)value switch
                    """);
                w.OpenBrace();
                foreach (var row in Rows)
                {
                    w.Line(CSharpNames.Number(row.Http) + " => " + grpc + "." + row.Member + ",");
                }

                w.Line("_ => " + grpc + "." + Otherwise.Member + ",");
                w.CloseBrace(";");
            }
        }

        return w.ToString();
    }
}

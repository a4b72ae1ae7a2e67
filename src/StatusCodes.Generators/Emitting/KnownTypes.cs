namespace StatusCodes.Generators.Emitting;

/// <summary>
/// The framework types and namespaces the generated code names, each written once, as
/// <c>global::</c> names: a consumer's own type or namespace called <c>System</c> or
/// <c>Microsoft</c> cannot capture them. Emitters write these constants, in line code and in
/// templates alike. Here are the names more than one emitter writes and those one emitter writes
/// often enough to keep as a constant; a name one emitter writes once or twice stays in its text,
/// where it reads as the C# it is. The generated types' own names are in
/// <c>GeneratedTypeNames</c>; the attribute lines every generated type carries are in
/// <see cref="GeneratedCode"/>.
/// </summary>
internal static class KnownTypes
{
    public const string CultureInfo = "global::System.Globalization.CultureInfo";
    public const string CharSpan = "global::System.ReadOnlySpan<char>";
    public const string ByteSpan = "global::System.ReadOnlySpan<byte>";
    public const string MemoryExtensions = "global::System.MemoryExtensions";
    public const string Ordinal = "global::System.StringComparison.Ordinal";
    public const string OrdinalIgnoreCase = "global::System.StringComparison.OrdinalIgnoreCase";
    public const string NumberStyles = "global::System.Globalization.NumberStyles";
    public const string Type = "global::System.Type";
    public const string Array = "global::System.Array";
    public const string Encoding = "global::System.Text.Encoding";
    public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";

    public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string ExcludeFromCodeCoverageAttribute = "global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage";
    public const string ObsoleteAttribute = "global::System.Obsolete";
    public const string EditorBrowsableAttribute = "global::System.ComponentModel.EditorBrowsable";
    public const string EditorBrowsableState = "global::System.ComponentModel.EditorBrowsableState";

    /// <summary>A namespace: the JSON emitters name its types relative to it.</summary>
    public const string TextJson = "global::System.Text.Json";

    /// <summary>A namespace: the OpenAPI emitter writes schema values as its <c>JsonNode</c>s.</summary>
    public const string TextJsonNodes = "global::System.Text.Json.Nodes";

    /// <summary>A namespace: <c>HttpContext</c>, <c>ProblemDetailsContext</c> and the problem details types.</summary>
    public const string AspNetCoreHttp = "global::Microsoft.AspNetCore.Http";

    /// <summary>A namespace: <c>IServiceCollection</c> and the options registration.</summary>
    public const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";

    /// <summary>A namespace: the OpenAPI document model.</summary>
    public const string OpenApi = "global::Microsoft.OpenApi";

    public const string StringValues = "global::Microsoft.Extensions.Primitives.StringValues";
}

using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits <c>AddStatusCodesSchemas</c> on ASP.NET Core's <c>OpenApiOptions</c>: every generated enum in
/// a document's schemas lists its values' names and titles, and a response the app did not describe
/// gets its status code's title.
/// </summary>
internal sealed class OpenApiEmitter
{
    public const string ExtensionsClass = GeneratedTypeNames.OpenApiExtensions;

    private readonly OpenApiModel _model;
    private readonly SourceWriter _w = new();
    private readonly string _locales;

    private OpenApiEmitter(OpenApiModel model)
    {
        _model = model;
        _locales = CSharpNames.Global(model.LocaleNamespace ?? model.Namespace, LocaleEmitter.ClassName);
    }

    public static string HintName(OpenApiModel model) => model.Namespace + ".OpenApi.g.cs";

    public static string Emit(OpenApiModel model) => new OpenApiEmitter(model).Emit();

    /// <summary>The model when the compilation has Microsoft.AspNetCore.OpenApi and the catalog a set; else null.</summary>
    public static OpenApiModel? Plan(CatalogModel catalog, CompilationFacts facts)
    {
        if (!facts.HasOpenApi || !facts.HasSpan || !facts.LanguageVersionSupported || catalog.Sets.IsEmpty)
        {
            return null;
        }

        return new OpenApiModel(
            catalog.Locales.Namespace,
            catalog.Locales.IsPublic,
            catalog.Sets.Select(s => new OpenApiSet(s.Namespace, s.Name)).ToEquatableArray(),
            ProblemDetailsEmitter.HttpSets(catalog));
    }

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_model.Namespace)))
        {
            _w.Lines($$"""
                /// <summary>Describes the generated status-code enums and the responses of ASP.NET Core OpenAPI documents.</summary>
                {{GeneratedCode.Attribute}}
                {{GeneratedCode.ExcludeFromCoverage}}
                """);
            using (_w.Block(GeneratedCode.Accessibility(_model.IsPublic) + " static class " + ExtensionsClass))
            {
                WriteMembers();
            }
        }

        return _w.ToString();
    }

    private void WriteMembers()
    {
        _w.Lines($$"""
            /// <summary>
            /// Makes every generated enum that appears in a document's schemas describe itself: its values
            /// (<c>enum</c>, for a schema of numbers), their names (<c>x-enum-varnames</c>), each code with its
            /// title in the default locale (<c>x-enum-descriptions</c>) and the same as a Markdown list in the
            /// schema's <c>description</c> where it has none. A response whose description is missing or
            /// ASP.NET Core's English reason phrase gets its status code's title.
            /// </summary>
            /// <param name="options">The options of one OpenAPI document (<c>AddOpenApi(options => …)</c>).</param>
            /// <returns><paramref name="options"/>.</returns>
            /// <exception cref="{{KnownTypes.ArgumentNullException}}"><paramref name="options"/> is null.</exception>
            public static global::Microsoft.AspNetCore.OpenApi.OpenApiOptions AddStatusCodesSchemas(this global::Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
            {
                if (options == null)
                {
                    throw new {{KnownTypes.ArgumentNullException}}(nameof(options));
                }

                options.AddSchemaTransformer((schema, context, cancellationToken) =>
                {
                    DescribeEnum(schema, context.JsonTypeInfo.Type);
                    return global::System.Threading.Tasks.Task.CompletedTask;
                });
                options.AddOperationTransformer((operation, context, cancellationToken) =>
                {
                    DescribeResponses(operation);
                    return global::System.Threading.Tasks.Task.CompletedTask;
                });
                return options;
            }

            """);

        using (_w.Block("private static void DescribeEnum(" + KnownTypes.OpenApi + ".OpenApiSchema schema, " + KnownTypes.Type + " type)"))
        {
            _w.Line("type = global::System.Nullable.GetUnderlyingType(type) ?? type;");
            foreach (var set in _model.Sets)
            {
                var type = CSharpNames.Global(set.Namespace, set.Name);
                var extensions = CSharpNames.Global(set.Namespace, GeneratedTypeNames.ExtensionsClass(set.Name));
                _w.Line();
                _w.Lines($$"""
                    if (type == typeof({{type}}))
                    {
                        {{KnownTypes.IReadOnlyList}}<{{type}}> values = {{extensions}}.GetValues();
                        string[] names = new string[values.Count];
                        int[] codes = new int[values.Count];
                        string[] titles = new string[values.Count];
                        for (int i = 0; i < values.Count; i++)
                        {
                            names[i] = {{extensions}}.ToStringFast(values[i]);
                            codes[i] = (int)values[i];
                            titles[i] = {{extensions}}.GetTitle(values[i], {{_locales}}.Default);
                        }

                        Describe(schema, names, codes, titles);
                        return;
                    }
                    """);
            }
        }

        _w.Lines($$"""

            private static void Describe({{KnownTypes.OpenApi}}.OpenApiSchema schema, string[] names, int[] codes, string[] titles)
            {
                bool isNumber = schema.Type.HasValue && (schema.Type.Value & {{KnownTypes.OpenApi}}.JsonSchemaType.String) == 0;
                if (isNumber && (schema.Enum == null || schema.Enum.Count == 0))
                {
                    schema.Enum = new global::System.Collections.Generic.List<{{KnownTypes.TextJsonNodes}}.JsonNode>(codes.Length);
                    foreach (int code in codes)
                    {
                        schema.Enum.Add({{KnownTypes.TextJsonNodes}}.JsonValue.Create(code));
                    }
                }

                {{KnownTypes.TextJsonNodes}}.JsonArray varnames = new {{KnownTypes.TextJsonNodes}}.JsonArray();
                {{KnownTypes.TextJsonNodes}}.JsonArray descriptions = new {{KnownTypes.TextJsonNodes}}.JsonArray();
                global::System.Text.StringBuilder list = new global::System.Text.StringBuilder();
                for (int i = 0; i < names.Length; i++)
                {
                    string code = codes[i].ToString({{KnownTypes.CultureInfo}}.InvariantCulture);
                    varnames.Add({{KnownTypes.TextJsonNodes}}.JsonValue.Create(names[i]));
                    descriptions.Add({{KnownTypes.TextJsonNodes}}.JsonValue.Create(code + " " + titles[i]));
                    list.Append(i == 0 ? "- " : "\n- ").Append(code).Append(' ').Append(names[i]).Append(": ").Append(titles[i]);
                }

                schema.Extensions ??= new global::System.Collections.Generic.Dictionary<string, {{KnownTypes.OpenApi}}.IOpenApiExtension>();
                schema.Extensions["x-enum-varnames"] = new {{KnownTypes.OpenApi}}.JsonNodeExtension(varnames);
                schema.Extensions["x-enum-descriptions"] = new {{KnownTypes.OpenApi}}.JsonNodeExtension(descriptions);
                if (string.IsNullOrEmpty(schema.Description))
                {
                    schema.Description = list.ToString();
                }
            }

            private static void DescribeResponses({{KnownTypes.OpenApi}}.OpenApiOperation operation)
            {
                if (operation.Responses == null)
                {
                    return;
                }

                foreach (global::System.Collections.Generic.KeyValuePair<string, {{KnownTypes.OpenApi}}.IOpenApiResponse> entry in operation.Responses)
                {
                    if (entry.Value is {{KnownTypes.OpenApi}}.OpenApiResponse response
                        && int.TryParse(entry.Key, {{KnownTypes.NumberStyles}}.None, {{KnownTypes.CultureInfo}}.InvariantCulture, out int code)
                        && (string.IsNullOrEmpty(response.Description) || string.Equals(response.Description, global::Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code), {{KnownTypes.Ordinal}}))
                        && TryGetTitle(code, out string title))
                    {
                        response.Description = title;
                    }
                }
            }

            """);

        using (_w.Block("private static bool TryGetTitle(int code, out string title)"))
        {
            foreach (var set in _model.HttpSets)
            {
                var type = CSharpNames.Global(set.Namespace, set.Name);
                var extensions = CSharpNames.Global(set.Namespace, GeneratedTypeNames.ExtensionsClass(set.Name));
                _w.Lines($$"""
                    if ({{extensions}}.IsDefined(code))
                    {
                        title = {{extensions}}.GetTitle(({{type}})code, {{_locales}}.Default);
                        return title.Length > 0;
                    }

                    """);
            }

            _w.Line("title = string.Empty;");
            _w.Line("return false;");
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.Generators.Emitting;

/// <summary>
/// Emits <c>LocalizedProblemDetailsOptions</c> and <c>AddLocalizedProblemDetails</c>: every problem
/// details response of an ASP.NET Core app gets its title, detail and type from the sets that hold
/// HTTP codes, in the request's language, wherever the app did not set them itself.
/// </summary>
internal sealed partial class ProblemDetailsEmitter
{
    public const string OptionsClass = GeneratedTypeNames.ProblemDetailsOptions;
    public const string ExtensionsClass = GeneratedTypeNames.ProblemDetailsExtensions;

    /// <summary>The <c>convertible-to</c> entry that marks a set as HTTP status codes.</summary>
    private const string HttpStatusCode = "System.Net.HttpStatusCode";

    /// <summary>
    /// The type and title ASP.NET Core fills in when the app gives none: <c>ProblemDetailsDefaults</c>
    /// for minimal APIs and the status code and exception middleware, MVC's <c>ClientErrorMapping</c>
    /// for controllers (the same table). They count as not supplied. A test compares this table with
    /// the framework it runs on.
    /// </summary>
    internal static readonly ImmutableArray<(int Code, string Type, string Title)> FrameworkDefaults = ImmutableArray.Create(
        (400, "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
        (401, "https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
        (403, "https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden"),
        (404, "https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
        (405, "https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed"),
        (406, "https://tools.ietf.org/html/rfc9110#section-15.5.7", "Not Acceptable"),
        (407, "https://tools.ietf.org/html/rfc9110#section-15.5.8", "Proxy Authentication Required"),
        (408, "https://tools.ietf.org/html/rfc9110#section-15.5.9", "Request Timeout"),
        (409, "https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict"),
        (410, "https://tools.ietf.org/html/rfc9110#section-15.5.11", "Gone"),
        (411, "https://tools.ietf.org/html/rfc9110#section-15.5.12", "Length Required"),
        (412, "https://tools.ietf.org/html/rfc9110#section-15.5.13", "Precondition Failed"),
        (413, "https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large"),
        (414, "https://tools.ietf.org/html/rfc9110#section-15.5.15", "URI Too Long"),
        (415, "https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"),
        (416, "https://tools.ietf.org/html/rfc9110#section-15.5.17", "Range Not Satisfiable"),
        (417, "https://tools.ietf.org/html/rfc9110#section-15.5.18", "Expectation Failed"),
        (421, "https://tools.ietf.org/html/rfc9110#section-15.5.20", "Misdirected Request"),
        (422, "https://tools.ietf.org/html/rfc4918#section-11.2", "Unprocessable Entity"),
        (426, "https://tools.ietf.org/html/rfc9110#section-15.5.22", "Upgrade Required"),
        (500, "https://tools.ietf.org/html/rfc9110#section-15.6.1", "An error occurred while processing your request."),
        (501, "https://tools.ietf.org/html/rfc9110#section-15.6.2", "Not Implemented"),
        (502, "https://tools.ietf.org/html/rfc9110#section-15.6.3", "Bad Gateway"),
        (503, "https://tools.ietf.org/html/rfc9110#section-15.6.4", "Service Unavailable"),
        (504, "https://tools.ietf.org/html/rfc9110#section-15.6.5", "Gateway Timeout"),
        (505, "https://tools.ietf.org/html/rfc9110#section-15.6.6", "HTTP Version Not Supported"));

    /// <summary>The title <c>HttpValidationProblemDetails</c> (and MVC's <c>ValidationProblemDetails</c>) start with.</summary>
    internal const string FrameworkValidationTitle = "One or more validation errors occurred.";

    private readonly ProblemDetailsModel _model;
    private readonly SourceWriter _w = new();
    private readonly string _locale;
    private readonly string _locales;
    private readonly string _options;

    private ProblemDetailsEmitter(ProblemDetailsModel model)
    {
        _model = model;
        _locale = CSharpNames.Global(model.LocaleTypesNamespace, LocaleEmitter.EnumName);
        _locales = CSharpNames.Global(model.LocaleTypesNamespace, LocaleEmitter.ClassName);
        _options = CSharpNames.Global(model.Namespace, OptionsClass);
    }

    public static string HintName(ProblemDetailsModel model) => model.Namespace + ".LocalizedProblemDetails.g.cs";

    public static string Emit(ProblemDetailsModel model) => new ProblemDetailsEmitter(model).Emit();

    /// <summary>
    /// The model when the compilation has ASP.NET Core's problem details and the catalog a set of
    /// HTTP codes; else null, and nothing is generated.
    /// </summary>
    public static ProblemDetailsModel? Plan(CatalogModel catalog, CompilationFacts facts)
    {
        if (!facts.HasProblemDetails || !facts.HasSpan || !facts.LanguageVersionSupported)
        {
            return null;
        }

        var sets = HttpSets(catalog);
        return sets.IsEmpty ? null : new ProblemDetailsModel(catalog.Locales.Namespace, catalog.Locales.IsPublic, sets);
    }

    /// <summary>The sets that convert to <c>System.Net.HttpStatusCode</c>, in catalog order.</summary>
    public static EquatableArray<ProblemDetailsSet> HttpSets(CatalogModel catalog)
        => catalog.Sets
            .Where(s => s.ConvertibleTo.Contains(HttpStatusCode))
            .Select(s => new ProblemDetailsSet(s.Namespace, s.Name, ReferenceEmitter.HasReferences(s)))
            .ToEquatableArray();

    private string Emit()
    {
        GeneratedCode.WriteHeader(_w);
        using (_w.Block("namespace " + CSharpNames.Namespace(_model.Namespace)))
        {
            WriteOptions();
            _w.Line();
            WriteExtensions();
        }

        return _w.ToString();
    }

    private void WriteOptions()
    {
        var access = GeneratedCode.Accessibility(_model.IsPublic);
        _w.Lines($$"""
            /// <summary>
            /// What <see cref="{{ExtensionsClass}}.AddLocalizedProblemDetails"/> fills in. By default
            /// <c>title</c>, <c>detail</c> and <c>type</c>, each only where the app did not set it.
            /// </summary>
            {{GeneratedCode.Attribute}}
            {{access}} sealed class {{OptionsClass}}
            {
                /// <summary>Whether <c>title</c> gets the status code's title in the request's language. Default: true.</summary>
                public bool FillTitle { get; set; } = true;

                /// <summary>Whether <c>detail</c> gets the status code's description in the request's language. Default: true.</summary>
                public bool FillDetail { get; set; } = true;

                /// <summary>Whether <c>type</c> gets the link to the status code's specification. Default: true.</summary>
                public bool FillType { get; set; } = true;

                /// <summary>
                /// Whether a title, detail or type the app set itself is replaced too. Default: false, the
                /// app's own texts are kept. ASP.NET Core's English defaults never count as the app's.
                /// </summary>
                public bool OverwriteAppTexts { get; set; }

                /// <summary>
                /// Called for every problem details response after the texts are filled, with the locale
                /// they are in: the place to add extension members.
                /// </summary>
                public global::System.Action<{{KnownTypes.AspNetCoreHttp}}.ProblemDetailsContext, {{_locale}}>? Extend { get; set; }
            }
            """);
    }

    private void WriteExtensions()
    {
        var access = GeneratedCode.Accessibility(_model.IsPublic);
        _w.Lines($$"""
            /// <summary>Problem details in the request's language, from the status-code definitions.</summary>
            {{GeneratedCode.Attribute}}
            {{GeneratedCode.ExcludeFromCoverage}}
            """);
        using (_w.Block(access + " static class " + ExtensionsClass))
        {
            _w.Lines($$"""
                private const string AcceptLanguage = "Accept-Language";

                /// <summary>
                /// Adds the problem details service (<c>AddProblemDetails</c>) and fills every problem details
                /// response: <c>title</c> and <c>detail</c> in the request's language and <c>type</c> from the
                /// code's reference link, where the app did not set them; <c>Content-Language</c> names the
                /// locale used, and <c>Vary</c> includes <c>Accept-Language</c>. The app's own
                /// <c>CustomizeProblemDetails</c> runs first.
                /// </summary>
                /// <param name="services">The app's services.</param>
                /// <param name="configure">Changes <see cref="{{OptionsClass}}"/>; null keeps the defaults.</param>
                /// <returns><paramref name="services"/>.</returns>
                /// <exception cref="{{KnownTypes.ArgumentNullException}}"><paramref name="services"/> is null.</exception>
                public static {{KnownTypes.DependencyInjection}}.IServiceCollection AddLocalizedProblemDetails(this {{KnownTypes.DependencyInjection}}.IServiceCollection services, global::System.Action<{{_options}}>? configure = null)
                {
                    if (services == null)
                    {
                        throw new {{KnownTypes.ArgumentNullException}}(nameof(services));
                    }

                    {{KnownTypes.DependencyInjection}}.ProblemDetailsServiceCollectionExtensions.AddProblemDetails(services);
                    global::Microsoft.Extensions.Options.OptionsBuilder<{{_options}}> localized = {{KnownTypes.DependencyInjection}}.OptionsServiceCollectionExtensions.AddOptions<{{_options}}>(services);
                    if (configure != null)
                    {
                        localized.Configure(configure);
                    }

                    // After every Configure, so that the app's own customization is kept and runs first.
                    {{KnownTypes.DependencyInjection}}.OptionsServiceCollectionExtensions.AddOptions<{{KnownTypes.AspNetCoreHttp}}.ProblemDetailsOptions>(services)
                        .PostConfigure<global::Microsoft.Extensions.Options.IOptions<{{_options}}>>((problemDetails, options) =>
                        {
                            global::System.Action<{{KnownTypes.AspNetCoreHttp}}.ProblemDetailsContext>? app = problemDetails.CustomizeProblemDetails;
                            {{_options}} settings = options.Value;
                            problemDetails.CustomizeProblemDetails = context =>
                            {
                                app?.Invoke(context);
                                Localize(context, settings);
                            };
                        });
                    return services;
                }

                /// <summary>
                /// Fills one problem details response as <see cref="AddLocalizedProblemDetails"/> does, for an
                /// app that composes its own <c>CustomizeProblemDetails</c>.
                /// </summary>
                /// <param name="context">The response being written.</param>
                /// <param name="options">What to fill.</param>
                /// <exception cref="{{KnownTypes.ArgumentNullException}}"><paramref name="context"/> or <paramref name="options"/> is null.</exception>
                public static void Localize({{KnownTypes.AspNetCoreHttp}}.ProblemDetailsContext context, {{_options}} options)
                {
                    if (context == null)
                    {
                        throw new {{KnownTypes.ArgumentNullException}}(nameof(context));
                    }

                    if (options == null)
                    {
                        throw new {{KnownTypes.ArgumentNullException}}(nameof(options));
                    }

                    {{KnownTypes.AspNetCoreHttp}}.HttpContext http = context.HttpContext;
                    global::Microsoft.AspNetCore.Mvc.ProblemDetails problem = context.ProblemDetails;
                    int code = problem.Status ?? http.Response.StatusCode;
                    {{_locale}} locale = GetStatusLocale(http);
                    if (TryGetTexts(code, locale, out string title, out string detail, out string? type))
                    {
                        bool localized = false;
                        if (options.FillTitle && title.Length > 0 && (options.OverwriteAppTexts || IsFrameworkTitle(problem, code)))
                        {
                            problem.Title = title;
                            localized = true;
                        }

                        if (options.FillDetail && detail.Length > 0 && (options.OverwriteAppTexts || string.IsNullOrEmpty(problem.Detail)))
                        {
                            problem.Detail = detail;
                            localized = true;
                        }

                        if (options.FillType && type != null && (options.OverwriteAppTexts || IsFrameworkType(problem.Type, code)))
                        {
                            problem.Type = type;
                        }

                        if (localized && !http.Response.HasStarted)
                        {
                            MarkLanguage(http.Response.Headers, locale);
                        }
                    }

                    options.Extend?.Invoke(context, locale);
                }

                /// <summary>
                /// The locale to answer <paramref name="context"/> in: the UI culture request localization chose
                /// when the app uses it; else the <c>Accept-Language</c> entry of highest quality that names a
                /// locale, its parent or one of its aliases (<c>zh-HK</c> reads as zh-TW); else the default
                /// locale. A malformed entry is ignored.
                /// </summary>
                /// <param name="context">The request.</param>
                /// <returns>The locale.</returns>
                /// <exception cref="{{KnownTypes.ArgumentNullException}}"><paramref name="context"/> is null.</exception>
                public static {{_locale}} GetStatusLocale(this {{KnownTypes.AspNetCoreHttp}}.HttpContext context)
                {
                    if (context == null)
                    {
                        throw new {{KnownTypes.ArgumentNullException}}(nameof(context));
                    }

                    global::Microsoft.AspNetCore.Localization.IRequestCultureFeature? feature = context.Features.Get<global::Microsoft.AspNetCore.Localization.IRequestCultureFeature>();
                    if (feature != null)
                    {
                        return {{_locales}}.FromCulture(feature.RequestCulture.UICulture);
                    }

                    return TryParseAcceptLanguage(context.Request.Headers[AcceptLanguage], out {{_locale}} locale) ? locale : {{_locales}}.Default;
                }
                """);
            _w.Line();
            WriteTexts();
            _w.Lines($$"""

                /// <summary>Whether the title is missing or ASP.NET Core's own default for the code.</summary>
                private static bool IsFrameworkTitle(global::Microsoft.AspNetCore.Mvc.ProblemDetails problem, int code)
                    => string.IsNullOrEmpty(problem.Title)
                        || string.Equals(problem.Title, FrameworkDefault(code, title: true), {{KnownTypes.Ordinal}})
                        || (problem is {{KnownTypes.AspNetCoreHttp}}.HttpValidationProblemDetails && string.Equals(problem.Title, {{CSharpNames.Literal(FrameworkValidationTitle)}}, {{KnownTypes.Ordinal}}));

                /// <summary>Whether the type is missing, <c>about:blank</c> or ASP.NET Core's own default for the code.</summary>
                private static bool IsFrameworkType(string? type, int code)
                    => string.IsNullOrEmpty(type)
                        || string.Equals(type, "about:blank", {{KnownTypes.Ordinal}})
                        || string.Equals(type, FrameworkDefault(code, title: false), {{KnownTypes.Ordinal}});

                /// <summary>ASP.NET Core's default title or type of a problem details response with the code, if it has one.</summary>
                """);
            _w.Line("private static string? FrameworkDefault(int code, bool title) => code switch");
            _w.OpenBrace();
            foreach (var (code, type, title) in FrameworkDefaults)
            {
                _w.Line(code.ToString(CultureInfo.InvariantCulture) + " => title ? " + CSharpNames.Literal(title) + " : " + CSharpNames.Literal(type) + ",");
            }

            _w.Line("_ => null,");
            _w.CloseBrace(";");
            WriteLanguageHelpers();
        }
    }
}

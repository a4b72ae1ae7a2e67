using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Definitions.Catalog;

/// <summary>
/// The types the generator writes besides each set's enum, and the sets whose name one of them
/// takes. Each type gets a file named after it, and the compiler requires those names to differ
/// ignoring case (as they must on a case-insensitive disk), so the comparison ignores case.
/// The emitters and the analyzers name these types through this class, so the check and the
/// output cannot drift apart.
/// </summary>
public static class GeneratedTypeNames
{
    /// <summary>
    /// The tool name in every generated <c>[GeneratedCode]</c> attribute: the analyzers and code
    /// fixes tell generated types from a project's own by it.
    /// </summary>
    public const string GeneratorName = "StatusCodes.Generators";

    /// <summary>
    /// The assembly of precompiled built-in sets that the package ships and its targets reference
    /// from an app that takes the defaults (src/StatusCodes.BuiltIns).
    /// </summary>
    public const string PrebuiltAssembly = "StatusCodes.BuiltIns";

    /// <summary>
    /// The namespace of every precompiled assembly's types (its RootNamespace). Not
    /// <c>StatusCodes.…</c>: a namespace named StatusCodes would hide ASP.NET Core's StatusCodes class.
    /// </summary>
    public const string PrebuiltNamespace = "StatusCodeSets";

    /// <summary>
    /// The sets of <see cref="PrebuiltAssembly"/>: the built-in sets the default selection generates,
    /// in catalog order (a test ties this to the definitions).
    /// </summary>
    public static readonly string[] PrebuiltSets =
    {
        "HttpStatus", "HttpProbeStatus", "PingProbeStatus", "TcpProbeStatus", "UdpProbeStatus",
        "DnsProbeStatus", "SmtpProbeStatus", "Pop3ProbeStatus", "FtpProbeStatus",
    };

    /// <summary>
    /// Sorts set names as a catalog of the built-in definitions lists them (<see cref="PrebuiltSets"/>
    /// order), any other set after them by name: how SCG0306 lists a referenced assembly's sets.
    /// </summary>
    public static void SortInCatalogOrder(List<string> sets)
        => sets.Sort(static (a, b) =>
        {
            var (x, y) = (Array.IndexOf(PrebuiltSets, a), Array.IndexOf(PrebuiltSets, b));
            return x == y ? string.CompareOrdinal(a, b) : (x < 0 ? int.MaxValue : x).CompareTo(y < 0 ? int.MaxValue : y);
        });

    /// <summary>
    /// The built-in sets precompiled alone as well, each in <c>StatusCodes.BuiltIns.{set}</c>
    /// (src/StatusCodes.BuiltIns.{set}), for an app whose <c>StatusCodesBuiltInSets</c> names only
    /// that set.
    /// </summary>
    public static readonly string[] PrebuiltSingleSets = { "HttpStatus" };

    /// <summary>Every precompiled assembly of the package, by name, with the sets it holds.</summary>
    private static readonly Dictionary<string, string[]> PrebuiltAssemblies = PrebuiltSingleSets
        .ToDictionary(set => PrebuiltAssembly + "." + set, set => new[] { set }, StringComparer.Ordinal);

    /// <summary>
    /// The sets a precompiled assembly of the package holds, by its name; null for any other assembly.
    /// </summary>
    public static string[]? PrebuiltSetsOf(string assemblyName)
        => assemblyName == PrebuiltAssembly ? PrebuiltSets
            : PrebuiltAssemblies.TryGetValue(assemblyName, out var sets) ? sets
            : null;

    /// <summary>The enum of the project's locales, in the default namespace.</summary>
    public const string LocaleEnum = "StatusLocale";

    /// <summary>The class that matches cultures to <see cref="LocaleEnum"/> members.</summary>
    public const string LocaleClass = "StatusLocales";

    public const string ExtensionsSuffix = "Extensions";
    public const string CategorySuffix = "Category";
    public const string GroupSuffix = "Codes";
    public const string JsonConverterSuffix = "JsonConverter";

    /// <summary>The class nested in each extensions class that holds a set's older names as constants.</summary>
    public const string OlderNamesClass = "OlderNames";

    /// <summary>The generic list type that <c>GetValues()</c>, <c>GetNames()</c> and <c>Get{Tag}Values()</c> return, one per compilation in the project's namespace.</summary>
    public const string CollectionStruct = "StatusCodeCollection";

    /// <summary>The internal class of helpers every set calls, one per compilation in the project's namespace (its file is named after it).</summary>
    public const string TablesClass = "StatusCodeTables";

    /// <summary>The base class of every set's JSON converter, one per compilation in the project's namespace.</summary>
    public const string JsonConverterBase = "StatusCodeJsonConverter";

    /// <summary>The options of <c>AddLocalizedProblemDetails</c>, in the default namespace of an ASP.NET Core project.</summary>
    public const string ProblemDetailsOptions = "LocalizedProblemDetailsOptions";

    /// <summary>The class with <c>AddLocalizedProblemDetails</c>.</summary>
    public const string ProblemDetailsExtensions = "LocalizedProblemDetailsExtensions";

    /// <summary>The class with <c>AddStatusCodesSchemas</c>.</summary>
    public const string OpenApiExtensions = "StatusCodesOpenApiExtensions";

    /// <summary>The static class with the lookups of set <paramref name="setName"/>.</summary>
    public static string ExtensionsClass(string setName) => setName + ExtensionsSuffix;

    /// <summary>The category enum of set <paramref name="setName"/>.</summary>
    public static string CategoryEnum(string setName) => setName + CategorySuffix;

    /// <summary>The System.Text.Json converter of set <paramref name="setName"/>.</summary>
    public static string JsonConverterClass(string setName) => setName + JsonConverterSuffix;

    /// <summary>The lookup class of group <paramref name="groupName"/>.</summary>
    public static string GroupClass(string groupName) => groupName + GroupSuffix;

    /// <summary>
    /// The sets of <paramref name="chosen"/> that may keep their name, in order; each other set named
    /// like a generated type is reported (SCG0109) and left out.
    /// </summary>
    internal static List<(DefinitionFileSpec File, SetSpec Set, string Namespace)> WithoutClashes(
        List<(DefinitionFileSpec File, SetSpec Set, string Namespace)> chosen,
        CatalogOptions options,
        List<CatalogIssue> issues)
    {
        var generated = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [options.Namespace + ".StatusLocale"] = "the generated locale types",
            [options.Namespace + ".StatusLocales"] = "the generated locale types",
            [options.Namespace + "." + CollectionStruct] = "the generated collection type " + CollectionStruct + "<T>",
            [options.Namespace + "." + TablesClass] = "the generated helper class " + TablesClass,
            [options.Namespace + "." + JsonConverterBase] = "the generated JSON converter base " + JsonConverterBase + "<T>",
        };

        // The ASP.NET Core types, and the set names whose extensions class would take their name.
        foreach (var name in new[] { ProblemDetailsOptions, ProblemDetailsExtensions, OpenApiExtensions })
        {
            generated[options.Namespace + "." + name] = "the generated ASP.NET Core type " + name;
            if (name.EndsWith(ExtensionsSuffix, StringComparison.Ordinal))
            {
                generated[options.Namespace + "." + name.Substring(0, name.Length - ExtensionsSuffix.Length)] = "the generated ASP.NET Core type " + name;
            }
        }

        foreach (var (file, set, ns) in chosen)
        {
            generated[ns + "." + ExtensionsClass(set.Name)] = "the extensions class of set '" + set.Name + "'";
            generated[ns + "." + JsonConverterClass(set.Name)] = "the JSON converter of set '" + set.Name + "'";
            if (!set.Categories.IsEmpty)
            {
                generated[ns + "." + CategoryEnum(set.Name)] = "the category enum of set '" + set.Name + "'";
            }

            if (file.Group is not null)
            {
                generated[ns + "." + GroupClass(file.Group)] = "the lookup class of group '" + file.Group + "'";
            }
        }

        var kept = new List<(DefinitionFileSpec File, SetSpec Set, string Namespace)>(chosen.Count);
        foreach (var entry in chosen)
        {
            if (generated.TryGetValue(entry.Namespace + "." + entry.Set.Name, out var owner))
            {
                issues.Add(new CatalogIssue(DefinitionDiagnostics.ReservedName, entry.File.Path, entry.Set.Name, SetPart.Name, new[] { entry.Set.Name, owner }.ToEquatableArray()));
                continue;
            }

            kept.Add(entry);
        }

        return kept;
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Characters;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Helpers;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using StatusCodes.Generators.BuiltIn;
using StatusCodes.Generators.Caching;
using StatusCodes.Generators.Reuse;

namespace StatusCodes.Generators;

/// <summary>The step functions the pipeline in <see cref="Initialize"/> calls: parsing one file, building the catalog, naming the namespace.</summary>
public sealed partial class StatusCodesGenerator
{
    /// <summary>A built-in file left unread: a referenced assembly vouched for the sets it defines.</summary>
    private static readonly DefinitionParseResult NotRead = new(null, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<SetSourceMap>.Empty);

    private static DefinitionParseResult Parse(DefinitionFile file, DefinitionLimits limits, CancellationToken cancellationToken)
    {
        var path = file.Text.Path;
        try
        {
            var text = file.Text.GetText(cancellationToken);
            if (text is null)
            {
                return Failed(path, "the file could not be read");
            }

            if (DecodingProblem(text) is { } problem)
            {
                var content = text.ToString();
                var location = DefinitionParser.Locate(path, content, problem.Index);
                return new DefinitionParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DefinitionDiagnostics.NotUtf8, location, problem.Problem, problem.Fix) }), EquatableArray<SetSourceMap>.Empty);
            }

            var key = new ParseKey(path, text.ToString(), file.IsBuiltIn, limits);
            return GeneratorCaches.ParseResults.GetOrAdd(key, () =>
            {
                var result = PreParsedDefinitions.TryGet(key.Path, key.Text, key.Limits) ?? DefinitionParser.Parse(key.Path, key.Text, key.Limits, cancellationToken);
                return key.IsBuiltIn && result.Spec is not null ? result with { Spec = result.Spec with { IsBuiltIn = true } } : result;
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(path, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>
    /// The code page the compiler decoded a file with when that is not a Unicode encoding. The
    /// compiler tries strict UTF-8 (or the byte order mark) first and, when the bytes are not UTF-8,
    /// decodes them again with the machine's default code page: UTF-8 with U+FFFD for every bad byte
    /// on Linux and macOS (the parser sees those), the ANSI code page on Windows (seen only here).
    /// </summary>
    private static EncodingProblem? DecodingProblem(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var encoding = text.Encoding;
        if (encoding is null)
        {
            return null;
        }

        if (encoding.CodePage == 65001)
        {
            return encoding.DecoderFallback is System.Text.DecoderExceptionFallback ? null : TextEncodingCheck.ReplacedBytes(text.ToString());
        }

        return FallbackEncodingName(encoding) is { } name ? TextEncodingCheck.FallbackDecoding(text.ToString(), name) : null;
    }

    private static string? FallbackEncodingName(System.Text.Encoding encoding)
    {
        return encoding.CodePage switch
        {
            1200 or 1201 or 12000 or 12001 => null,
            936 => "936 (GBK, Simplified Chinese)",
            54936 => "54936 (GB18030, Simplified Chinese)",
            950 => "950 (Big5, Traditional Chinese)",
            932 => "932 (Shift-JIS, Japanese)",
            949 => "949 (Korean)",
            1252 => "1252 (Windows-1252, Western European)",
            28591 => "28591 (Latin-1)",
            var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + encoding.WebName + ")",
        };
    }

    private static DefinitionParseResult Failed(string path, string reason)
        => new(null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DefinitionDiagnostics.InternalError, SourceLocation.FileStart(path), path, reason) }), EquatableArray<SetSourceMap>.Empty);

    private static CatalogResult BuildCatalog(ImmutableArray<DefinitionFileSpec> files, CatalogInput input, CancellationToken cancellationToken)
    {
        var options = input.Options;
        try
        {
            var key = new CatalogKey(files.ToEquatableArray(), options, input.BuiltInSets);
            return GeneratorCaches.Catalogs.GetOrAdd(key, () => DefinitionSet.BuildCatalog(key.Files, key.BuiltInSets, key.Options, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var empty = new CatalogModel(new LocalesModel(options.Namespace, options.IsPublic, new EquatableArray<string>(new[] { "en-US" })), EquatableArray<SetModel>.Empty, EquatableArray<GroupModel>.Empty);
            var issue = new CatalogIssue(DefinitionDiagnostics.InternalError, null, null, SetPart.Name, new EquatableArray<string>(new[] { "the definitions", ex.GetType().Name + ": " + ex.Message }));
            return new CatalogResult(empty, new EquatableArray<CatalogIssue>(new[] { issue }));
        }
    }

    /// <summary>The assembly name as a namespace, for projects without a usable RootNamespace.</summary>
    private static string SafeNamespace(string? assemblyName)
    {
        if (assemblyName is not null && Identifiers.IsValidNamespace(assemblyName))
        {
            return assemblyName;
        }

        var parts = (assemblyName ?? "Generated").Split('.').Where(p => p.Length > 0).Select(Identifiers.Suggest);
        var joined = string.Join(".", parts);
        return joined.Length == 0 ? "Generated" : joined;
    }
}

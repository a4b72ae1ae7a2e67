using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>
/// MSBuild properties as the compiler hands them to generators (<c>build_property.X</c>), and the
/// StatusCodesBuiltIn item metadata of the files listed in <c>builtInPaths</c>
/// (<c>build_metadata.AdditionalFiles.StatusCodesBuiltIn</c>).
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options BuiltIn = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.StatusCodesBuiltIn", "true"));

    private readonly Options _global;
    private readonly ISet<string> _builtInPaths;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IEnumerable<string>? builtInPaths = null)
    {
        _builtInPaths = new HashSet<string>(builtInPaths ?? System.Array.Empty<string>(), System.StringComparer.Ordinal);
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var pair in properties)
        {
            builder["build_property." + pair.Key] = pair.Value;
        }

        _global = new Options(builder.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _builtInPaths.Contains(textFile.Path) ? BuiltIn : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

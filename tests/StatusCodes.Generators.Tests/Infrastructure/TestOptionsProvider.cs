using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>MSBuild properties as the compiler hands them to generators (<c>build_property.X</c>).</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var pair in properties)
        {
            builder["build_property." + pair.Key] = pair.Value;
        }

        _global = new Options(builder.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

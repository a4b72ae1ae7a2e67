using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Generator;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Performance;

/// <summary>
/// <see cref="FrameworkTypes"/> answers from the preprocessor symbols and reference names instead of
/// type lookups. Whatever it answers, the generated files must be exactly what the lookups give.
/// </summary>
public sealed class FrameworkTypesTests
{
    /// <summary>What the SDK defines for a net10.0 project (the part that matters here).</summary>
    private static readonly CSharpParseOptions Net10 = new CSharpParseOptions(LanguageVersion.Latest)
        .WithPreprocessorSymbols("NET", "NET10_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET10_0_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER");

    private static IReadOnlyList<MetadataReference> Without(params string[] fileNames)
        => References.Net.Where(r => !fileNames.Contains(System.IO.Path.GetFileName(((PortableExecutableReference)r).FilePath), StringComparer.OrdinalIgnoreCase)).ToList();

    [Fact]
    public void Without_the_framework_symbol_nothing_is_vouched_for()
    {
        var compilation = GeneratorRunner.CreateCompilation(string.Empty);

        Assert.Null(FrameworkTypes.Of(compilation, GeneratorRunner.LatestParseOptions));
        Assert.Null(FrameworkTypes.Of(compilation, null));
    }

    [Fact]
    public void With_the_symbol_a_known_type_counts_only_where_its_home_assembly_is_referenced()
    {
        var all = FrameworkTypes.Of(GeneratorRunner.CreateCompilation(string.Empty, Net10), Net10)!;
        var noHttp = FrameworkTypes.Of(GeneratorRunner.CreateCompilation(string.Empty, Net10, Without("System.Net.Http.dll")), Net10)!;

        Assert.True(all.IsReferenced("System.ReadOnlySpan`1"));
        Assert.True(all.IsReferenced("System.MemoryExtensions"));
        Assert.True(all.IsReferenced("System.Net.HttpStatusCode"));
        Assert.True(all.IsReferenced("System.Net.Http.HttpResponseMessage"));
        Assert.True(all.IsReferenced("System.Text.Json.Serialization.JsonConverter`1"));
        Assert.False(all.IsReferenced("System.Text.Json.JsonSerializer"));
        Assert.True(noHttp.IsReferenced("System.Net.HttpStatusCode"));
        Assert.False(noHttp.IsReferenced("System.Net.Http.HttpResponseMessage"));
    }

    public static TheoryData<string> ReferenceSets() => new() { "all", "no System.Net.Http", "no System.Net.Primitives", "no System.Memory", "no System.Text.Json" };

    [Theory]
    [MemberData(nameof(ReferenceSets))]
    public void The_built_in_files_generate_the_same_text_with_and_without_the_symbols(string referenceSet)
    {
        var references = referenceSet switch
        {
            "no System.Net.Http" => Without("System.Net.Http.dll"),
            "no System.Net.Primitives" => Without("System.Net.Primitives.dll"),
            "no System.Memory" => Without("System.Memory.dll"),
            "no System.Text.Json" => Without("System.Text.Json.dll"),
            _ => References.Net,
        };

        // Without the symbols every answer comes from type lookups, the reference behaviour.
        var looked = GeneratorRunner.Run(TestDefinitions.BuiltIn, references: references);
        var vouched = GeneratorRunner.Run(TestDefinitions.BuiltIn, parseOptions: Net10, references: references);

        looked.AssertSameFiles(vouched);
        Assert.Equal(looked.Diagnostics.Select(d => d.ToString()), vouched.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void With_every_reference_the_vouched_answers_produce_the_interop_file_and_its_carrier()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, parseOptions: Net10);

        Assert.Contains("TestProject.HttpStatus.Utf8.g.cs", run.HintNames);
        var interop = run.Source("TestProject.HttpStatus.Interop.g.cs");
        Assert.Contains("this global::System.Net.HttpStatusCode", interop, StringComparison.Ordinal);
        Assert.Contains("this global::System.Net.Http.HttpResponseMessage", interop, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }
}

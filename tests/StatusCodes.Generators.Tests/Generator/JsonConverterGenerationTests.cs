using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.Generators.Tests.Reliability;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>When <c>{Set}JsonConverter</c> is generated, and that it compiles cleanly where it is.</summary>
public sealed class JsonConverterGenerationTests
{
    private const string Yaml = "locales: [en-US]\nsets:\n  - name: Plain\n    codes:\n      - { code: 1, name: One, title: t, aliases: [Uno] }\n";

    [Fact]
    public void A_compilation_with_system_text_json_gets_a_converter_per_set_that_compiles_without_warnings()
    {
        var run = GeneratorRunner.Run(new[] { ("/p/plain.codes.yaml", Yaml) }, properties: new System.Collections.Generic.Dictionary<string, string> { ["RootNamespace"] = "TestProject", ["StatusCodesAccessibility"] = "public" });

        var source = run.Source("TestProject.Plain.Json.g.cs");
        Assert.Contains("public sealed class PlainJsonConverter : global::TestProject.StatusCodeJsonConverter<global::TestProject.Plain>", source, StringComparison.Ordinal);
        var shared = run.Source("TestProject.StatusCodeTables.g.cs");
        Assert.Contains("public abstract class StatusCodeJsonConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>", shared, StringComparison.Ordinal);
        foreach (var text in new[] { source, shared })
        {
            Assert.DoesNotContain("typeof", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.Reflection", text, StringComparison.Ordinal);
        }

        Assert.Empty(run.CompilationProblems);
        var converter = run.Output.GetTypeByMetadataName("TestProject.PlainJsonConverter")!;
        Assert.Equal("TestProject.StatusCodeJsonConverter<TestProject.Plain>", converter.BaseType!.ToDisplayString());
        Assert.Equal(
            new[] { "Read", "ReadAsPropertyName", "Write", "WriteAsPropertyName" },
            converter.BaseType!.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsOverride).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "IsDefined", "ToCode", "ToName", "TryFromCode", "TryParse" },
            converter.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsOverride).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Without_system_text_json_there_is_no_converter()
    {
        var references = References.Net.Where(r => !string.Equals(System.IO.Path.GetFileName(((PortableExecutableReference)r).FilePath), "System.Text.Json.dll", StringComparison.OrdinalIgnoreCase)).ToList();
        var run = GeneratorRunner.Run(new[] { ("/p/plain.codes.yaml", Yaml) }, references: references);

        Assert.DoesNotContain(run.HintNames, h => h.EndsWith(".Json.g.cs", StringComparison.Ordinal));
        Assert.Contains("TestProject.Plain.g.cs", run.HintNames);
        Assert.DoesNotContain("StatusCodeJsonConverter", run.Source("TestProject.StatusCodeTables.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_set_named_like_another_sets_converter_is_a_reserved_name()
    {
        var yaml = "locales: [en-US]\nsets:\n  - name: Plain\n    codes:\n      - { code: 1, name: One, title: t }\n  - name: PlainJsonConverter\n    codes:\n      - { code: 1, name: One, title: t }\n";
        var run = GeneratorRunner.Run(new[] { ("/p/plain.codes.yaml", yaml) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0109", "/p/plain.codes.yaml", 6, 11);
        Assert.Contains("the JSON converter of set 'Plain'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }
}

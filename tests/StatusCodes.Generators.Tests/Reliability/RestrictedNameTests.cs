using System;
using System.Globalization;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Names C# restricts. Contextual keywords it refuses as type names compile once escaped; a member
/// named <c>value__</c> compiles in no spelling and gets SCG0109 in the definition file instead of
/// a compiler error in generated code. What remains of a set still compiles warning-free.
/// </summary>
public sealed class RestrictedNameTests
{
    private const string Path = "/p/names.codes.yaml";

    [Theory]
    [InlineData("record")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("extension")]
    [InlineData("field")]
    public void Type_names_C_sharp_restricts_compile_escaped(string name)
    {
        // Found by the escaping tests: 'enum record' is CS8860, 'file', 'required' and 'scoped' are
        // CS9056, CS9029 and CS9062, and 'extension' is CS9306 on C# 14 compilers. '@record' is none.
        var run = GeneratorRunner.Run(new[] { (Path, Yaml(name, name, name)) }, "public static class Use { public static string M() => TestProject.@" + name + "Extensions.ToStringFast(TestProject.@" + name + ".@" + name + "); }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("internal enum @" + name + "\n", run.Source("TestProject." + name + ".g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value__", "Cat", 6, 26)]
    [InlineData("value", "value__", 4, 27)]
    public void A_member_named_value__is_refused_in_the_yaml(string code, string category, int line, int column)
    {
        // Found by the escaping tests: the generated enum did not compile (CS0076), with no finding in the YAML.
        var run = GeneratorRunner.Run(new[] { (Path, Yaml("Set", code, category)) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0109", Path, line, column);
        Assert.Equal("'value__' is reserved for the field that holds an enum's value. Choose another name.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_set_left_without_codes_still_compiles_warning_free()
    {
        // Found with the value__ cases above: the name lookup of a set without codes was an empty
        // switch (CS1522), a build error under TreatWarningsAsErrors with only SCG0116 in the YAML.
        var yaml = "locales: [en-US]\nsets:\n  - name: Set\n    categories: [ { name: Cat, from: 1, to: 2, title: c } ]\n    codes: []\n";
        var run = GeneratorRunner.Run(new[] { (Path, yaml) });

        LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0116", Path, 3, 11);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void An_alias_named_value__is_refused_and_the_code_kept()
    {
        var yaml = "locales: [en-US]\nsets:\n  - name: Set\n    codes:\n      - { code: 1, name: One, title: t, aliases: [value__, Uno] }\n";
        var run = GeneratorRunner.Run(new[] { (Path, yaml) });

        LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0109", Path, 5, 51);
        Assert.Contains("            public const global::TestProject.Set Uno = (global::TestProject.Set)1;\n", run.Source("TestProject.Set.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("Basestatus", "BaseStatus")]
    [InlineData("Base", "BASE")]
    public void Sets_whose_names_differ_only_in_case_are_duplicates(string first, string second)
    {
        // Found by the fuzzer (seed 950002711): both sets were emitted, and AddSource threw for hint
        // names that differ only in case, an exception in the compiler (CS8785).
        var yaml = "locales: [en-US]\nsets:\n  - { name: " + first + ", codes: [ { code: 1, name: A, title: a } ] }\n  - { name: " + second + ", codes: [ { code: 2, name: B, title: b } ] }\n";
        var run = GeneratorRunner.Run(new[] { (Path, yaml) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0104", Path, 4, 13);
        Assert.StartsWith("A set named '" + first + "' is already defined in namespace 'TestProject'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("TestProject." + first + ".g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_same_set_name_in_namespaces_that_differ_only_in_case_is_a_duplicate()
    {
        const string Set = "sets:\n  - { name: Same, codes: [ { code: 1, name: A, title: a } ] }\n";
        var run = GeneratorRunner.Run(new[] { ("/p/a.codes.yaml", "namespace: Contoso.Codes\nlocales: [en-US]\n" + Set), ("/p/b.codes.yaml", "namespace: contoso.codes\nlocales: [en-US]\n" + Set) });

        LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0104", "/p/b.codes.yaml", 4, 13);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("OrdersExtensions", "the extensions class of set 'Orders'")]
    [InlineData("ordersextensions", "the extensions class of set 'Orders'")]
    [InlineData("OrdersCategory", "the category enum of set 'Orders'")]
    [InlineData("ShopCodes", "the lookup class of group 'Shop'")]
    [InlineData("statusLocale", "the generated locale types")]
    [InlineData("LocalizedProblemDetailsOptions", "the generated ASP.NET Core type LocalizedProblemDetailsOptions")]
    [InlineData("LocalizedProblemDetailsExtensions", "the generated ASP.NET Core type LocalizedProblemDetailsExtensions")]
    [InlineData("LocalizedProblemDetails", "the generated ASP.NET Core type LocalizedProblemDetailsExtensions")]
    [InlineData("StatusCodesOpenApi", "the generated ASP.NET Core type StatusCodesOpenApiExtensions")]
    public void A_set_named_like_a_type_the_generator_writes_is_refused(string name, string owner)
    {
        // Each compiled to CS0101 (a type defined twice) or collided with that type's file.
        var yaml = "locales: [en-US]\ngroup: Shop\nsets:\n"
            + "  - { name: Orders, categories: [ { name: All, from: 1, to: 9, title: all } ], codes: [ { code: 1, name: A, title: a } ] }\n"
            + "  - { name: " + name + ", codes: [ { code: 2, name: B, title: b } ] }\n";
        var run = GeneratorRunner.Run(new[] { (Path, yaml) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0109", Path, 5, 13);
        Assert.Equal("'" + name + "' is reserved for " + owner + ". Choose another name.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Groups_whose_names_differ_only_in_case_are_one_lookup()
    {
        var run = GeneratorRunner.Run(new[]
        {
            ("/p/a.codes.yaml", "locales: [en-US]\ngroup: Probe\nsets:\n  - { name: Ping, key: PING, codes: [ { code: 1, name: A, title: a } ] }\n"),
            ("/p/b.codes.yaml", "locales: [en-US]\ngroup: probe\nsets:\n  - { name: Tcp, key: TCP, codes: [ { code: 1, name: B, title: b } ] }\n"),
        });

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.HintNames, h => h.EndsWith("Codes.g.cs", StringComparison.Ordinal));
        Assert.Contains("\"TCP\"", run.Source("TestProject.ProbeCodes.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    private static string Yaml(string set, string code, string category)
        => $"locales: [en-US]\nsets:\n  - name: {set}\n    categories: [ {{ name: {category}, from: 1, to: 2, title: c }} ]\n    codes:\n      - {{ code: 1, name: {code}, title: t }}\n";
}

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
        Assert.Contains("        Uno = 1,\n", run.Source("TestProject.Set.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    private static string Yaml(string set, string code, string category)
        => $"locales: [en-US]\nsets:\n  - name: {set}\n    categories: [ {{ name: {category}, from: 1, to: 2, title: c }} ]\n    codes:\n      - {{ code: 1, name: {code}, title: t }}\n";
}

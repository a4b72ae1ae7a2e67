using System;
using System.Globalization;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Names that compile in no spelling, <c>@</c> or not, get SCG0109 in the definition file instead
/// of a compiler error in generated code; and what remains of a set still compiles warning-free.
/// </summary>
public sealed class UnescapableNameTests
{
    private const string Path = "/p/names.codes.yaml";

    [Theory]
    [InlineData("record", "value", "Cat", 3, 11)]
    [InlineData("file", "value", "Cat", 3, 11)]
    [InlineData("required", "value", "Cat", 3, 11)]
    [InlineData("scoped", "value", "Cat", 3, 11)]
    [InlineData("extension", "value", "Cat", 3, 11)]
    [InlineData("Set", "value__", "Cat", 6, 26)]
    [InlineData("Set", "value", "value__", 4, 27)]
    public void Names_that_no_escaping_can_save_are_refused_in_the_yaml(string set, string code, string category, int line, int column)
    {
        // Found by these tests: each compiled to CS0076, CS8860, CS9029, CS9056 or CS9062 in the
        // generated code, with no finding in the definition file.
        var yaml = $"locales: [en-US]\nsets:\n  - name: {set}\n    categories: [ {{ name: {category}, from: 1, to: 2, title: c }} ]\n    codes:\n      - {{ code: 1, name: {code}, title: t }}\n";
        var run = GeneratorRunner.Run(new[] { (Path, yaml) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0109", Path, line, column);
        Assert.StartsWith("'" + (set == "Set" ? "value__" : set) + "' is reserved for ", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_set_left_without_codes_still_compiles_warning_free()
    {
        // Found with the value__ case above: the name lookup of a set without codes was an empty
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
}

using StatusCodes.Definitions.Schema;
using StatusCodes.Tool.Import.Writing;

namespace StatusCodes.Tool.Tests;

/// <summary>Every string the importer writes reads back, through the shared parser, as exactly that string.</summary>
public class YamlScalarTests
{
    [Theory]
    [InlineData("Not Found")]
    [InlineData("连接或SSL证书交换超时。超时时间为30秒。")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("404")]
    [InlineData("1.5e3")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("- a list?")]
    [InlineData("? a key")]
    [InlineData("key: value")]
    [InlineData("ends with a colon:")]
    [InlineData("a # not a comment")]
    [InlineData("#hash first")]
    [InlineData("'single' quoted")]
    [InlineData("\"double\" quoted")]
    [InlineData("back\\slash")]
    [InlineData("tab\tinside")]
    [InlineData("line one\nline two")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("{ not: a map }")]
    [InlineData("[not, a, list]")]
    [InlineData("@at & *star | pipe > gt % percent ` tick ! bang")]
    [InlineData("... three dots")]
    [InlineData("emoji 😀 and 𠀀")]
    [InlineData("separator\u2028inside")]
    [InlineData("noncharacters \uFFFE and \uFFFF")]
    public void Formatted_scalars_read_back_unchanged(string text)
    {
        var yaml = "locales: [en-US]\nsets:\n  - name: S\n    codes:\n      - code: 1\n        name: A\n        title:\n          en-US: " + YamlScalar.Format(text)
            + "\n        description: { en-US: " + YamlScalar.Format(text, flow: true) + " }\n";

        var result = DefinitionParser.Parse("scalar.codes.yaml", yaml);

        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics) + "\n" + yaml);
        var code = result.Spec!.Sets[0].Codes[0];
        Assert.Equal(text, code.Title.Get("en-US"));
        Assert.Equal(text, code.Description.Get("en-US"));
    }

    [Theory]
    [InlineData("Not Found")]
    [InlineData("连接超时")]
    [InlineData("emoji 😀")]
    [InlineData("Retry-After, Content-Length and so on")]
    public void Ordinary_text_stays_plain(string text) => Assert.Equal(text, YamlScalar.Format(text));

    [Theory]
    [InlineData("a\uFFFEb", "\"a\\uFFFEb\"")]
    [InlineData("a\uFFFFb", "\"a\\uFFFFb\"")]
    [InlineData("a\u2029b", "\"a\\u2029b\"")]
    public void Characters_outside_yamls_printable_set_are_escaped(string text, string expected) => Assert.Equal(expected, YamlScalar.Format(text));
}

using Xunit;
using static StatusCodes.Generators.Tests.Parsing.ParserAssert;

namespace StatusCodes.Generators.Tests.Parsing;

/// <summary>What the parser makes of <c>extend:</c> entries on its own, before any other file is known.</summary>
public sealed class ExtensionParsingTests
{
    private const string Header = "locales: [en-US, ja-JP]\nsets:\n  - extend: HttpStatus\n    codes:\n";

    [Fact]
    public void An_extension_keeps_new_codes_and_text_only_entries_apart_from_the_sets()
    {
        var result = Parse(Header + "      - { code: 444, name: Closed, title: { en-US: Closed, ja-JP: 終了 } }\n      - { code: 404, title: { ja-JP: 見つかりません } }\n");

        Clean(result);
        Assert.Empty(result.Spec!.Sets);
        var extension = Assert.Single(result.Spec.Extensions);
        Assert.Equal("HttpStatus", extension.Target);
        Assert.Equal((444, "Closed", "Closed"), (extension.Codes[0].Code, extension.Codes[0].Name, extension.Codes[0].NewCode!.Reason));
        Assert.Equal((404, null, "見つかりません"), (extension.Codes[1].Code, extension.Codes[1].Name, extension.Codes[1].Title.Get("ja-JP")));
        Assert.Null(extension.Codes[1].NewCode);
        var sourceMap = Assert.Single(result.SourceMaps);
        Assert.True(sourceMap.IsExtension);
        Assert.Equal((2, 12), (sourceMap.NameLocation.StartLine, sourceMap.NameLocation.StartColumn));
        Assert.Equal((5, 16), (sourceMap.Codes[1].CodeLocation.StartLine, sourceMap.Codes[1].CodeLocation.StartColumn));
    }

    [Fact]
    public void A_name_next_to_extend_is_an_unknown_key_of_the_extension()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - extend: HttpStatus\n    name: Other\n    codes:\n      - { code: 404, title: Nothing }\n");
        Single(result, "SCG0002", 4, 5, "Unknown key 'name' in the set extension. Remove it or correct its spelling.");
    }

    [Fact]
    public void A_code_with_neither_name_nor_texts_is_missing_its_title()
    {
        var result = Parse(Header + "      - { code: 404 }\n");
        Single(result, "SCG0003", 5, 11, "The code 404 is missing the required key 'title'. Add it.");
    }

    [Fact]
    public void The_same_code_twice_in_extensions_of_one_file_is_a_duplicate()
    {
        var result = Parse(Header + "      - { code: 404, title: { ja-JP: 見つかりません } }\n  - extend: HttpStatus\n    codes:\n      - { code: 404, title: { ja-JP: ない } }\n");
        Single(result, "SCG0102", 8, 17, "Code 404 is defined more than once in set 'HttpStatus' (first as '404'). Each code may appear only once; use 'aliases' for extra names.");
        Assert.Single(result.Spec!.Extensions);
    }
}

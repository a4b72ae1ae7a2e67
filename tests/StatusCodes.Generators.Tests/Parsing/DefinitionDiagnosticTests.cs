using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using Xunit;
using static StatusCodes.Generators.Tests.Parsing.ParserAssert;

namespace StatusCodes.Generators.Tests.Parsing;

/// <summary>One test per definition diagnostic: the ID, the exact position, the message.</summary>
public sealed class DefinitionDiagnosticTests
{
    private const string Header = "locales: [en-US, zh-TW]\nsets:\n  - name: PaymentStatus\n    codes:\n";

    [Fact]
    public void SCG0001_malformed_yaml_points_at_the_syntax_error()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: A\n   codes: []\n");
        Single(result, "SCG0001", 4, 4, "The definition file is not valid YAML: while parsing a block collection, did not find expected '-' indicator. Fix the syntax at this position.");
        Assert.Null(result.Spec);
    }

    [Fact]
    public void SCG0001_unclosed_bracket_points_after_the_last_sound_token()
    {
        // YamlDotNet throws a position-less InvalidOperationException for this input.
        var result = Parse("locales: [en-US, zh-TW\nsets: []\n");
        Single(result, "SCG0001", 1, 16, "The definition file is not valid YAML: the text after this point cannot be read; check for a missing closing bracket, brace or quote. Fix the syntax at this position.");
    }

    [Fact]
    public void SCG0002_unknown_key_suggests_the_closest_known_key()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        titel: { en-US: Declined }\n        title: { en-US: Card declined, zh-TW: 卡片遭拒 }\n");
        Single(result, "SCG0002", 7, 9, "Unknown key 'titel' in the code. Did you mean 'title'? Remove it or correct its spelling.");
    }

    [Fact]
    public void SCG0003_missing_required_key_names_the_key()
    {
        var result = Parse(Header + "      - code: 1001\n        title: { en-US: Card declined, zh-TW: 卡片遭拒 }\n");
        Single(result, "SCG0003", 5, 9, "The code 1001 is missing the required key 'name'. Add it.");
    }

    [Fact]
    public void SCG0004_wrong_value_type_says_what_was_expected()
    {
        var result = Parse(Header + "      - code: abc\n        name: CardDeclined\n        title: { en-US: Card declined, zh-TW: 卡片遭拒 }\n");
        Single(result, "SCG0004", 5, 15, "The value of 'code' must be a whole number such as 404, but it is the text 'abc'.");
    }

    [Theory]
    [InlineData("locales: &l [en-US]\nsets: []\n", 1, 10, "Anchors and aliases")]
    [InlineData("base: &b { en-US: x }\n", 1, 7, "Anchors and aliases")]
    [InlineData("locales: [en-US]\nsets: !!python/object:os.system [ls]\n", 2, 7, "Custom tags")]
    [InlineData("locales: [en-US]\nsets: !<tag:example.com,2024:set> []\n", 2, 7, "Custom tags")]
    [InlineData("locales: [en-US]\nsets: []\n---\nlocales: [en-US]\n", 3, 1, "Multiple documents")]
    public void SCG0005_aliases_tags_and_extra_documents_are_rejected_not_expanded(string yaml, int line, int column, string feature)
    {
        var diagnostic = Single(Parse(yaml), "SCG0005", line, column);
        Assert.StartsWith(feature + " are not supported in definition files", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SCG0006_duplicate_key_is_reported_at_the_second_occurrence()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        name: Declined\n        title: { en-US: Card declined, zh-TW: 卡片遭拒 }\n");
        Single(result, "SCG0006", 7, 9, "The key 'name' appears more than once in this mapping. Keep only one.");
    }

    [Fact]
    public void SCG0007_limits_name_the_msbuild_property_that_raises_them()
    {
        var limits = DefinitionLimits.Default with { MaxCodesPerSet = 1 };
        var yaml = Header
            + "      - { code: 1, name: A, title: { en-US: a, zh-TW: 甲 } }\n"
            + "      - { code: 2, name: B, title: { en-US: b, zh-TW: 乙 } }\n";
        Single(Parse(yaml, limits), "SCG0007", 4, 5, "Set 'PaymentStatus' with 2 codes exceeds the limit of 1 codes per set. Split the definitions, or raise the limit with the MSBuild property StatusCodesMaxCodesPerSet.");

        var deep = "locales: [en-US]\nsets:\n" + new string('[', 40) + new string(']', 40) + "\n";
        Single(Parse(deep), "SCG0007", 3, 32);

        var text = Parse(Header + "      - { code: 1, name: A, title: { en-US: " + new string('x', 20) + ", zh-TW: 甲 } }\n", DefinitionLimits.Default with { MaxTextLength = 10 });
        Single(text, "SCG0007", 5, 45);
    }

    [Fact]
    public void SCG0008_empty_file_is_a_warning()
    {
        var diagnostic = Single(Parse("# nothing yet\n"), "SCG0008", 1, 1);
        Assert.Equal(DefinitionSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void SCG0101_invalid_identifier_suggests_a_valid_one()
    {
        var result = Parse(Header + "      - code: 1001\n        name: card declined!\n        title: { en-US: Card declined, zh-TW: 卡片遭拒 }\n");
        Single(result, "SCG0101", 6, 15, "'card declined!' is not a valid C# identifier for a code name. Use a name such as 'CardDeclined'.");
    }

    [Fact]
    public void SCG0102_duplicate_code_keeps_the_first()
    {
        var result = Parse(Header
            + "      - { code: 1001, name: CardDeclined, title: { en-US: Declined, zh-TW: 遭拒 } }\n"
            + "      - { code: 1001, name: Other, title: { en-US: Other, zh-TW: 其他 } }\n");
        Single(result, "SCG0102", 6, 17, "Code 1001 is defined more than once in set 'PaymentStatus' (first as 'CardDeclined'). Each code may appear only once; use 'aliases' for extra names.");
        Assert.Equal("CardDeclined", Assert.Single(result.Spec!.Sets[0].Codes).Name);
    }

    [Fact]
    public void SCG0103_duplicate_name_in_a_set()
    {
        var result = Parse(Header
            + "      - { code: 1001, name: Declined, title: { en-US: Declined, zh-TW: 遭拒 } }\n"
            + "      - { code: 1002, name: Declined, title: { en-US: Other, zh-TW: 其他 } }\n");
        Single(result, "SCG0103", 6, 29, "The name 'Declined' is used more than once in set 'PaymentStatus'. Names must be unique within a set.");
    }

    [Fact]
    public void SCG0104_duplicate_set_name_in_one_file()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - { name: A, codes: [ { code: 1, name: X, title: x } ] }\n  - { name: A, codes: [ { code: 2, name: Y, title: y } ] }\n");
        Single(result, "SCG0104", 4, 13);
    }

    [Fact]
    public void SCG0105_alias_clashing_with_another_codes_name()
    {
        var result = Parse(Header
            + "      - { code: 1001, name: CardDeclined, aliases: [Expired], title: { en-US: Declined, zh-TW: 遭拒 } }\n"
            + "      - { code: 1002, name: Expired, title: { en-US: Expired, zh-TW: 過期 } }\n");
        Single(result, "SCG0105", 5, 53, "The alias 'Expired' of 'CardDeclined' is already the name of code 1002 in set 'PaymentStatus'. Choose another alias.");
    }

    [Fact]
    public void SCG0106_code_outside_int()
    {
        var result = Parse(Header + "      - { code: 4294967296, name: Huge, title: { en-US: Huge, zh-TW: 巨大 } }\n");
        Single(result, "SCG0106", 5, 17, "The code 4294967296 is outside the range of a 32-bit integer (-2147483648 to 2147483647). Use a smaller code.");
    }

    [Fact]
    public void SCG0107_category_range_backwards()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    categories:\n      - { name: Bad, from: 200, to: 100, title: Bad }\n    codes: [ { code: 1, name: X, title: x } ]\n");
        Single(result, "SCG0107", 5, 28, "Category 'Bad' starts at 200, after its end 100. Swap 'from' and 'to'.");
    }

    [Fact]
    public void SCG0108_overlapping_categories()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    categories:\n      - { name: A, from: 100, to: 199, title: A }\n      - { name: B, from: 150, to: 299, title: B }\n    codes: [ { code: 1, name: X, title: x } ]\n");
        Single(result, "SCG0108", 6, 26, "Category 'B' (150 to 299) overlaps category 'A' (100 to 199). Category ranges must not overlap.");
    }

    [Fact]
    public void SCG0109_reserved_names()
    {
        Single(Parse("locales: [en-US]\nsets:\n  - { name: StatusLocale, codes: [ { code: 1, name: X, title: x } ] }\n"), "SCG0109", 3, 13);
        Single(Parse("locales: [en-US]\nsets:\n  - name: S\n    categories: [ { name: None, from: 1, to: 2, title: n } ]\n    codes: [ { code: 1, name: X, title: x } ]\n"), "SCG0109", 4, 27);
    }

    [Fact]
    public void SCG0110_reason_phrase_must_be_printable_ascii()
    {
        var result = Parse(Header + "      - { code: 1001, name: CardDeclined, reason: 卡片遭拒, title: { en-US: Declined, zh-TW: 遭拒 } }\n");
        Single(result, "SCG0110", 5, 51);
    }

    [Fact]
    public void SCG0113_key_outside_a_group_is_a_warning()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - { name: S, key: PING, codes: [ { code: 1, name: X, title: x } ] }\n");
        Assert.Equal(DefinitionSeverity.Warning, Single(result, "SCG0113", 3, 16).Severity);
    }

    [Fact]
    public void SCG0114_reference_must_be_an_absolute_http_url()
    {
        var result = Parse(Header + "      - { code: 1001, name: CardDeclined, reference: docs/codes.md, title: { en-US: Declined, zh-TW: 遭拒 } }\n");
        Single(result, "SCG0114", 5, 54);
    }

    [Fact]
    public void SCG0115_invalid_namespace()
    {
        Single(Parse("namespace: Contoso..Payments\nlocales: [en-US]\nsets: []\n"), "SCG0115", 1, 12);
    }

    [Fact]
    public void SCG0116_set_without_codes_is_a_warning()
    {
        Assert.Equal(DefinitionSeverity.Warning, Single(Parse("locales: [en-US]\nsets:\n  - { name: S, codes: [] }\n"), "SCG0116", 3, 13).Severity);
    }

    [Fact]
    public void SCG0117_unpaired_surrogate_in_text()
    {
        // YAML's own \uD800 escape is already a syntax error; a raw lone surrogate reaches the text.
        Single(Parse(Header + "      - { code: 1, name: X, title: { en-US: \"bad \uD800 text\", zh-TW: 好 } }\n"), "SCG0117", 5, 45);
    }

    [Theory]
    [InlineData("[global::System.Net.HttpStatusCode]", "global::System.Net.HttpStatusCode", 22)]
    [InlineData("[System.Net.]", "System.Net.", 22)]
    [InlineData("[\"List<int>\"]", "List<int>", 22)]
    [InlineData("[System, \"1Codes\"]", "1Codes", 30)]
    public void SCG0122_convertible_to_entry_must_be_a_dotted_type_name(string list, string entry, int column)
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    convertible-to: " + list + "\n    codes: [ { code: 1, name: X, title: x } ]\n");
        Single(result, "SCG0122", 4, column, "'" + entry + "' is not a C# type name for 'convertible-to'. Write the full dotted name of an enum, such as 'System.Net.HttpStatusCode'.");
        Assert.DoesNotContain(entry, result.Spec!.Sets[0].ConvertibleTo);
    }

    [Fact]
    public void Convertible_to_must_be_a_list()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    convertible-to: System.Net.HttpStatusCode\n    codes: [ { code: 1, name: X, title: x } ]\n");
        Single(result, "SCG0004", 4, 21, "The value of 'convertible-to' must be a list of enum type names such as [System.Net.HttpStatusCode], but it is the text 'System.Net.HttpStatusCode'.");
    }

    [Fact]
    public void SCG0123_two_conversions_with_the_same_method_names()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    convertible-to:\n      - System.Net.HttpStatusCode\n      - Contoso.HttpStatusCode\n    codes: [ { code: 1, name: X, title: x } ]\n");
        Single(result, "SCG0123", 6, 9, "'Contoso.HttpStatusCode' in 'convertible-to' of set 'S' would generate the same methods (ToHttpStatusCode, FromHttpStatusCode) as 'System.Net.HttpStatusCode'. List each type once, and no two types with the same simple name.");
        Assert.Equal(new[] { "System.Net.HttpStatusCode" }, result.Spec!.Sets[0].ConvertibleTo);
    }

    [Fact]
    public void Convertible_to_keeps_each_entry_and_where_it_is_written()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    convertible-to: [System.Net.HttpStatusCode, Contoso.Outer.Inner]\n    codes: [ { code: 1, name: X, title: x } ]\n");

        Clean(result);
        Assert.Equal(new[] { "System.Net.HttpStatusCode", "Contoso.Outer.Inner" }, result.Spec!.Sets[0].ConvertibleTo);
        var convertibleTo = result.SourceMaps.Single().ConvertibleTo;
        Assert.Equal(("Contoso.Outer.Inner", 3, 48), (convertibleTo[1].Name, convertibleTo[1].Location.StartLine, convertibleTo[1].Location.StartColumn));
        Assert.Equal((3, 21), (convertibleTo[0].Location.StartLine, convertibleTo[0].Location.StartColumn));
    }

    [Fact]
    public void SCG0201_malformed_locale_suggests_canonical_casing()
    {
        Single(Parse("locales: [en-us]\nsets: []\n"), "SCG0201", 1, 11, "'en-us' is not a known locale name (write it as 'en-US'). Use a culture name such as 'en-US', 'zh-CN' or 'zh-TW'.");
        Single(Parse("locales: [xx-YY]\nsets: []\n"), "SCG0201", 1, 11);
    }

    [Fact]
    public void SCG0202_text_in_an_undeclared_locale()
    {
        var result = Parse(Header + "      - { code: 1, name: X, title: { en-US: x, zh-TW: 甲, fr-FR: x } }\n");
        Single(result, "SCG0202", 5, 58, "Text in locale 'fr-FR', which the file does not declare (it declares en-US, zh-TW). Add 'fr-FR' to 'locales' or remove the text.");
    }

    [Fact]
    public void SCG0203_missing_translation_is_a_warning_and_falls_back()
    {
        var result = Parse(Header + "      - { code: 1, name: X, title: { en-US: Declined } }\n");
        var diagnostic = Single(result, "SCG0203", 5, 36, "The title of code 1 'X' has no text in locale 'zh-TW'; the 'en-US' text is used instead. Add a 'zh-TW' entry.");
        Assert.Equal(DefinitionSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void SCG0204_empty_text()
    {
        Single(Parse(Header + "      - { code: 1, name: X, title: { en-US: x, zh-TW: \"  \" } }\n"), "SCG0204", 5, 55);
    }

    [Fact]
    public void SCG0205_duplicate_locale()
    {
        Single(Parse("locales: [en-US, en-US]\nsets: []\n"), "SCG0205", 1, 18);
    }

    [Fact]
    public void Every_descriptor_has_a_unique_id_in_its_range_and_a_message_that_says_what_to_do()
    {
        var ids = DefinitionDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var descriptor in DefinitionDiagnostics.All)
        {
            Assert.Matches("^SCG0[0-3][0-9]{2}$", descriptor.Id);
            Assert.Matches(@"(\.|\{[0-9]\})$", descriptor.MessageFormat);
            Assert.StartsWith(DiagnosticIds.HelpLinkBase, descriptor.HelpLink, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_valid_file_parses_without_findings()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title: { en-US: Card declined, zh-TW: 卡片遭拒 }\n");
        Clean(result);
        var code = Assert.Single(result.Spec!.Sets[0].Codes);
        Assert.Equal((1001, "CardDeclined", "Card declined"), (code.Code, code.Name, code.Reason));
    }
}

using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Specs;
using Xunit;
using static StatusCodes.Generators.Tests.Parsing.ParserAssert;

namespace StatusCodes.Generators.Tests.Parsing;

/// <summary>
/// Files as editors and input methods write them: UTF-16 without a byte order mark, full-width and
/// look-alike punctuation, odd spaces, full-width digits, invisible and look-alike characters in names
/// and bidirectional controls in texts. One test per case, with the ID, the position and the message.
/// </summary>
public sealed class CharacterDiagnosticTests
{
    private const string Header = "locales: [en-US, zh-CN]\nsets:\n  - name: PaymentStatus\n    codes:\n";

    private const string Code = "      - code: 1001\n        name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n";

    [Theory]
    [InlineData(true, 1, 2, "after every ASCII letter, which is what UTF-16 LE")]
    [InlineData(false, 1, 1, "before every ASCII letter, which is what UTF-16 BE")]
    public void SCG0009_utf16_without_a_byte_order_mark(bool littleEndian, int line, int column, string says)
    {
        // What the compiler reads from such a file: ASCII in UTF-16 is valid UTF-8 with a NUL beside each
        // letter; the Chinese title is not, so the compiler decodes again and replaces those bytes.
        var bytes = (littleEndian ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode).GetBytes(Header + Code);
        var text = new System.Text.UTF8Encoding(false, false).GetString(bytes);
        var diagnostic = Single(Parse(text), "SCG0009", line, column);
        Assert.Equal(
            "The file is not UTF-8: it has a NUL character (U+0000) " + says + " without a byte order mark looks like when read as UTF-8. "
            + "Nothing is generated from it. Save it as UTF-8 ('statuscodes lint --fix' converts it).",
            diagnostic.GetMessage());
        Assert.Null(Parse(text).Spec);
    }

    [Fact]
    public void SCG0010_full_width_colon_after_a_key_is_named_not_an_unknown_key()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title： { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0010", 7, 14, "'：' (U+FF1A FULLWIDTH COLON) stands after a key, where YAML needs the ASCII colon ':', so the line does not mean what it shows. Replace it with ':'; characters inside texts can stay as they are.");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SCG0002");
        Assert.Null(result.Spec);
    }

    [Fact]
    public void SCG0010_full_width_colon_that_breaks_the_yaml_is_named_too()
    {
        var result = Parse("locales：[en-US]\nsets: []\n");
        Single(result, "SCG0010", 1, 8, "'：' (U+FF1A FULLWIDTH COLON) stands after a key, where YAML needs the ASCII colon ':', so the line does not mean what it shows. Replace it with ':'; characters inside texts can stay as they are.");
        Assert.Equal("SCG0010", result.Diagnostics[0].Id);
    }

    [Fact]
    public void SCG0010_full_width_comma_between_list_items()
    {
        var result = Parse("locales: [en-US， zh-CN]\nsets:\n  - name: PaymentStatus\n    codes: []\n");
        Single(result, "SCG0010", 1, 16, "'，' (U+FF0C FULLWIDTH COMMA) stands between the items of a flow collection, where YAML needs the ASCII comma ',', so the line does not mean what it shows. Replace it with ','; characters inside texts can stay as they are.");
    }

    [Fact]
    public void SCG0010_full_width_brackets_of_a_list()
    {
        var result = Parse("locales: ［en-US, zh-CN］\nsets:\n  - name: PaymentStatus\n    codes: []\n");
        var found = result.Diagnostics.Where(d => d.Id == "SCG0010").Select(d => (d.Location!.StartLine + 1, d.Location.StartColumn + 1, d.Arguments[0])).ToList();
        Assert.Equal(new[] { (1, 10, "'［' (U+FF3B FULLWIDTH LEFT SQUARE BRACKET)"), (1, 23, "'］' (U+FF3D FULLWIDTH RIGHT SQUARE BRACKET)") }, found);
    }

    [Fact]
    public void SCG0010_full_width_braces_of_a_mapping()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title: ｛ en-US: Card declined, zh-CN: 银行卡被拒 ｝\n");
        var found = result.Diagnostics.Where(d => d.Id == "SCG0010").Select(d => (d.Location!.StartLine + 1, d.Location.StartColumn + 1, d.Arguments[2])).ToList();
        Assert.Equal(new[] { (7, 16, "the ASCII brace '{'"), (7, 53, "the ASCII brace '}'") }, found);
    }

    [Fact]
    public void SCG0010_full_width_comma_and_colon_inside_a_flow_mapping()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title: { en-US： Card declined， zh-CN: 银行卡被拒 }\n");
        var found = result.Diagnostics.Where(d => d.Id == "SCG0010").Select(d => (d.Location!.StartLine + 1, d.Location.StartColumn + 1, d.Arguments[1])).ToList();
        Assert.Equal(new[] { (7, 23, "after a key"), (7, 38, "between the items of a flow collection") }, found);
    }

    [Fact]
    public void SCG0010_full_width_list_dash()
    {
        var result = Parse(Header + "      － code: 1001\n        name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0010", 5, 7, "'－' (U+FF0D FULLWIDTH HYPHEN-MINUS) stands at the start of a list item, where YAML needs the ASCII dash '-', so the line does not mean what it shows. Replace it with '-'; characters inside texts can stay as they are.");
    }

    [Fact]
    public void SCG0010_ideographic_space_in_the_indentation()
    {
        var result = Parse(Header + "      - code: 1001\n    \u3000\u3000name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0010", 6, 5, "U+3000 IDEOGRAPHIC SPACE stands in the indentation, where YAML needs ASCII spaces, so the line does not mean what it shows. Replace it with ' '; characters inside texts can stay as they are.");
    }

    [Fact]
    public void SCG0010_tab_in_the_indentation()
    {
        var result = Parse(Header + "      - code: 1001\n\tname: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0010", 6, 1, "U+0009 CHARACTER TABULATION stands in the indentation, where YAML needs spaces (tabs are not allowed in indentation), so the line does not mean what it shows. Replace it with spaces; characters inside texts can stay as they are.");
    }

    [Fact]
    public void SCG0010_no_break_space_after_a_colon()
    {
        var result = Parse(Header + "      - code: 1001\n        name:\u00A0CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0010", 6, 14, "U+00A0 NO-BREAK SPACE stands after a colon, where YAML needs an ASCII space, so the line does not mean what it shows. Replace it with ' '; characters inside texts can stay as they are.");
    }

    [Fact]
    public void SCG0010_invisible_character_before_a_quote_that_would_become_text()
    {
        // Found by the character fuzzer: a stray byte order mark makes YAML read the quotes as part of the text.
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title: { en-US: \uFEFF\"Card declined\", zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0010", 7, 25, "U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK) stands before the quote that starts a value, where YAML needs nothing: the value must start with it, so the line does not mean what it shows. Replace it with nothing (delete it); characters inside texts can stay as they are.");
    }

    [Fact]
    public void Full_width_punctuation_and_spaces_inside_texts_are_content()
    {
        const string Odd = "［注意］卡片：遭拒，请重试｛x｝ －\u3000\u00A0\t完";
        var yaml = "locales: [en-US, zh-CN]\nsets:\n  - name: PaymentStatus\n    summary: " + Odd + "\n    codes:\n"
            + "      - code: 1\n        name: Plain\n        title: " + Odd + "\n"
            + "      - code: 2\n        name: Quoted\n        title: { en-US: \"" + Odd + "\", zh-CN: '" + Odd + "' }\n"
            + "      - code: 3\n        name: Block\n        title: Block\n        description: |\n          " + Odd + "\n          ［第二行］：\n"
            + "      - code: 4\n        name: Folded\n        title: 第一行：\n          ［第二行］，｛第三行｝\n"
            + "      - code: 5\n        name: FlowValue\n        title: { en-US: Flow, zh-CN: " + Odd.Replace("，", "、").Replace("｝", "x") + " }\n";
        var result = Parse(yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DefinitionSeverity.Error || d.Id.StartsWith("SCG001", System.StringComparison.Ordinal));
        var codes = result.Spec!.Sets[0].Codes;
        Assert.Equal(Odd.TrimEnd(), codes[0].Title.Get("zh-CN") ?? codes[0].Title.Get("en-US"));
        Assert.Equal(Odd, codes[1].Title.Get("en-US"));
        Assert.Equal(Odd, codes[1].Title.Get("zh-CN"));
        Assert.Equal(Odd + "\n［第二行］：\n", codes[2].Description.Get("en-US"));
        Assert.Equal("第一行： ［第二行］，｛第三行｝", codes[3].Title.Get("en-US"));
    }

    [Theory]
    [InlineData("code: １", "code", "'１' (U+FF11 FULLWIDTH DIGIT ONE)", "１", "1", 5, 15)]
    [InlineData("code: －４０４", "code", "'－' (U+FF0D FULLWIDTH HYPHEN-MINUS)", "－４０４", "-404", 5, 15)]
    [InlineData("code: ٤٠٤", "code", "'٤' (U+0664 (a digit))", "٤٠٤", "404", 5, 15)]
    public void SCG0011_full_width_digits_in_a_code_say_why_they_are_not_a_number(string line, string key, string character, string written, string ascii, int row, int column)
    {
        var result = Parse(Header + "      - " + line + "\n        name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0011", row, column, $"The value of '{key}' is written with {character}; YAML reads only the ASCII digits 0 to 9 as a number, so '{written}' is text to it. Write {ascii}.");
    }

    [Theory]
    [InlineData("from: １０００, to: 1999", 33, "The value of 'from' is written with '１' (U+FF11 FULLWIDTH DIGIT ONE); YAML reads only the ASCII digits 0 to 9 as a number, so '１０００' is text to it. Write 1000.")]
    [InlineData("from: 1000, to: １９９９", 43, "The value of 'to' is written with '１' (U+FF11 FULLWIDTH DIGIT ONE); YAML reads only the ASCII digits 0 to 9 as a number, so '１９９９' is text to it. Write 1999.")]
    public void SCG0011_full_width_digits_in_a_category_range(string range, int column, string message)
    {
        var result = Parse(Header.Replace("    codes:\n", "    categories:\n      - { name: Declined, " + range + ", title: { en-US: Declined, zh-CN: 被拒 } }\n    codes:\n") + Code);
        Single(result, "SCG0011", 5, column, message);
    }

    [Theory]
    [InlineData("Two\u200B", "U+200B ZERO WIDTH SPACE", "an invisible character, so the name is not the 'Two' it shows", "Two\\u200B", "Two", 18)]
    [InlineData("Card\u200DDeclined", "U+200D ZERO WIDTH JOINER", "an invisible character, so the name is not the 'CardDeclined' it shows", "Card\\u200DDeclined", "CardDeclined", 19)]
    [InlineData("Card\u00ADDeclined", "U+00AD SOFT HYPHEN", "an invisible character, so the name is not the 'CardDeclined' it shows", "Card\\u00ADDeclined", "CardDeclined", 19)]
    [InlineData("Card\u202EDeclined", "U+202E RIGHT-TO-LEFT OVERRIDE", "an invisible character, so the name is not the 'CardDeclined' it shows", "Card\\u202EDeclined", "CardDeclined", 19)]
    [InlineData("Card\uFEFFDeclined", "U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)", "an invisible character, so the name is not the 'CardDeclined' it shows", "Card\\uFEFFDeclined", "CardDeclined", 19)]
    [InlineData("Insuffici\uFF10entFunds", "U+FF10 FULLWIDTH DIGIT ZERO", "a full-width character, which looks like the ASCII '0' but is another character", "Insuffici\uFF10entFunds", "Insuffici0entFunds", 24)]
    [InlineData("\u0410ccepted", "U+0410 CYRILLIC CAPITAL LETTER A", "a letter of another script among Latin letters, which looks like the Latin 'A'", "\u0410ccepted", "Accepted", 15)]
    [InlineData("N\u043EtFound", "U+043E CYRILLIC SMALL LETTER O", "a letter of another script among Latin letters, which looks like the Latin 'o'", "N\u043EtFound", "NotFound", 16)]
    public void SCG0124_invisible_and_look_alike_characters_in_a_code_name(string name, string character, string why, string shown, string clean, int column)
    {
        var result = Parse(Header + "      - code: 1001\n        name: " + name + "\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n");
        Single(result, "SCG0124", 6, column, $"The code name '{shown}' contains {character}, {why}. Write it as '{clean}'.");
        Assert.Empty(result.Spec!.Sets[0].Codes);
    }

    [Fact]
    public void A_name_in_one_other_script_is_not_mixed()
    {
        Clean(Parse("locales: [en-US]\nsets:\n  - name: Статус\n    codes:\n      - { code: 1, name: Отказ, title: x }\n      - { code: 2, name: жé, title: y }\n"));
    }

    [Fact]
    public void SCG0124_in_an_alias_a_set_name_a_group_key_a_locale_a_namespace_and_a_key()
    {
        Single(Parse(Header + Code + "        aliases: [Declined\u200C]\n"), "SCG0124", 8, 27, "The alias 'Declined\\u200C' contains U+200C ZERO WIDTH NON-JOINER, an invisible character, so the name is not the 'Declined' it shows. Write it as 'Declined'.");
        Single(Parse(Header.Replace("PaymentStatus", "Payment\u00ADStatus") + Code), "SCG0124", 3, 18);
        Single(Parse("group: Probe\n" + Header.Replace("  - name: PaymentStatus\n", "  - name: PaymentStatus\n    key: PING\u2060\n") + Code), "SCG0124", 5, 14);
        Single(Parse(Header.Replace("zh-CN]", "zh-CN\u200B]") + Code), "SCG0124", 1, 23, "The locale 'zh-CN\\u200B' contains U+200B ZERO WIDTH SPACE, an invisible character, so the name is not the 'zh-CN' it shows. Write it as 'zh-CN'.");
        Single(Parse(Header + Code.Replace("zh-CN: 银行卡被拒", "zh-CN\u200B: 银行卡被拒")), "SCG0124", 7, 45);
        Single(Parse("namespace: Contoso.\u2067Payments\n" + Header + Code), "SCG0124", 1, 20, "The namespace 'Contoso.\\u2067Payments' contains U+2067 RIGHT-TO-LEFT ISOLATE, an invisible character, so the name is not the 'Contoso.Payments' it shows. Write it as 'Contoso.Payments'.");
        Single(Parse(Header + Code.Replace("        name:", "        \uFEFFname:")), "SCG0124", 6, 9, "The key '\\uFEFFname' contains U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK), an invisible character, so the name is not the 'name' it shows. Write it as 'name'.");
    }

    [Fact]
    public void SCG0125_bidirectional_control_in_a_title_is_a_warning_and_the_text_stays()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title: { en-US: \"Card \u202Edeclined\", zh-CN: 银行卡被拒 }\n");
        var diagnostic = Single(result, "SCG0125", 7, 31, "The title of code 1001 'CardDeclined' text contains U+202E RIGHT-TO-LEFT OVERRIDE, which changes the order in which the text is shown, so it can show something other than what it holds. Remove it unless the text needs it.");
        Assert.Equal(DefinitionSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Card \u202Edeclined", result.Spec!.Sets[0].Codes[0].Title.Get("en-US"));
    }

    [Fact]
    public void SCG0125_bidirectional_isolate_in_a_description()
    {
        var result = Parse(Header + Code + "        description: Declined \u2066by the bank\u2069.\n");
        Single(result, "SCG0125", 8, 31, "The description of code 1001 'CardDeclined' text contains U+2066 LEFT-TO-RIGHT ISOLATE, which changes the order in which the text is shown, so it can show something other than what it holds. Remove it unless the text needs it.");
    }

    [Fact]
    public void Other_characters_in_texts_are_content()
    {
        var result = Parse(Header + "      - code: 1001\n        name: CardDeclined\n        title: { en-US: \"Zero\u200Bwidth soft\u00ADhyphen \uFEFF bom\", zh-CN: 银行卡\u200D被拒 }\n");
        Clean(result);
        Assert.Equal("Zero\u200Bwidth soft\u00ADhyphen \uFEFF bom", result.Spec!.Sets[0].Codes[0].Title.Get("en-US"));
    }
}

using Contoso.Payments;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>A project's own *.codes.yaml: picked up automatically, texts exact, keyword names usable.</summary>
public sealed class ProjectDefinitionTests
{
    [Fact]
    public void Texts_reach_the_program_exactly_as_written()
    {
        Assert.Equal("Quotes \" and 'apostrophes', a backslash \\ , braces {0} and <xml> & ]]> */ # stay exact.", PaymentStatus.CardDeclined.GetDescription(StatusLocale.EnUS));
        Assert.Equal("Card Declined", PaymentStatus.CardDeclined.GetReasonPhrase());
        Assert.Equal("Approved", PaymentStatus.Approved.GetReasonPhrase());
    }

    [Fact]
    public void A_locale_the_file_does_not_declare_falls_back_to_the_files_default()
    {
        // The project knows zh-CN (from the built-in files); this file does not provide it.
        Assert.Equal("Card declined", PaymentStatus.CardDeclined.GetTitle(StatusLocale.ZhCN));
        Assert.Equal("卡片遭拒", PaymentStatus.CardDeclined.GetTitle(StatusLocale.ZhTW));
    }

    [Fact]
    public void Keyword_names_are_escaped()
    {
        Assert.Equal("class", PaymentStatus.@class.ToStringFast());
        Assert.True(PaymentStatusExtensions.TryParse("CLASS", out var parsed));
        Assert.Equal(PaymentStatus.@class, parsed);
    }

    [Fact]
    public void Codes_without_an_entry_fall_back_to_their_category()
    {
#pragma warning disable SCG0401 // 1050 has no entry on purpose: it falls back to its category.
        Assert.Equal("已拒絕", ((PaymentStatus)1050).GetTitle(StatusLocale.ZhTW));
        Assert.True(((PaymentStatus)1050).IsDeclined());
#pragma warning restore SCG0401
        Assert.False(PaymentStatus.Approved.IsDeclined());
    }
}

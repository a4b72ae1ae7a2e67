using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>The generated HttpStatus API, called as a user calls it.</summary>
public sealed class HttpStatusTests
{
    [Fact]
    public void Titles_and_descriptions_resolve_in_every_locale()
    {
        Assert.Equal("Not found", HttpStatus.NotFound.GetTitle(StatusLocale.EnUS));
        Assert.Equal("未找到", HttpStatus.NotFound.GetTitle(StatusLocale.ZhCN));
        Assert.Equal("找不到", HttpStatus.NotFound.GetTitle(StatusLocale.ZhTW));
        Assert.Equal("找不到", HttpStatus.NotFound.GetTitle(CultureInfo.GetCultureInfo("zh-HK")));
        Assert.Equal("Not found", HttpStatus.NotFound.GetTitle(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.StartsWith("伺服器找不到", HttpStatus.NotFound.GetDescription(StatusLocale.ZhTW), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tags_hold_the_codes_RFC_9110_names()
    {
        Assert.Equal(new[] { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501 }, HttpStatusExtensions.GetHeuristicallyCacheableValues().Select(v => (int)v));
        Assert.Equal(new[] { 100, 101, 102, 103, 104, 204, 205, 304 }, HttpStatusExtensions.GetWithoutContentValues().Select(v => (int)v));
        Assert.True(HttpStatus.NotFound.IsHeuristicallyCacheable());
        Assert.False(HttpStatus.Created.IsHeuristicallyCacheable());
        Assert.True(HttpStatus.NotModified.IsWithoutContent());
        Assert.False(HttpStatus.OK.IsWithoutContent());
        Assert.All(HttpStatusExtensions.GetValues(), v => Assert.Equal(HttpStatusExtensions.GetWithoutContentValues().Contains(v), v.IsWithoutContent()));
    }

    [Fact]
    public void Names_reasons_and_codes()
    {
        Assert.Equal("NotFound", HttpStatus.NotFound.ToStringFast());
        Assert.Equal("Not Found", HttpStatus.NotFound.GetReasonPhrase());
        Assert.Equal("Content Too Large", ((HttpStatus)413).GetReasonPhrase());
#pragma warning disable SCG0401, SCG0402, SCG0403 // Unknown codes on purpose: the run-time behaviour for them is what is tested.
        Assert.Equal("799", ((HttpStatus)799).ToStringFast());
        Assert.True(HttpStatusExtensions.IsDefined(404));
        Assert.False(HttpStatusExtensions.IsDefined(799));
        Assert.Equal(HttpStatus.NotFound, HttpStatusExtensions.FromCode(404));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HttpStatusExtensions.FromCode(799));
        Assert.Equal("code", error.ParamName);
        Assert.False(HttpStatusExtensions.TryFromCode(799, out var none));
        Assert.Equal(default, none);
#pragma warning restore SCG0401, SCG0402, SCG0403
    }

    [Theory]
    [InlineData("NotFound", 404)]
        [InlineData("notfound", 404)]
    [InlineData("  404 ", 404)]
    [InlineData("RequestEntityTooLarge", 413)]
    [InlineData("payloadtoolarge", 413)]
    [InlineData("+200", 200)]
    public void TryParse_accepts_names_aliases_and_defined_codes(string text, int expected)
    {
        Assert.True(HttpStatusExtensions.TryParse(text, out var fromString));
        Assert.True(HttpStatusExtensions.TryParse(text.AsSpan(), out var fromSpan));
        Assert.Equal(expected, (int)fromString);
        Assert.Equal(expected, (int)fromSpan);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("799")]
    [InlineData("99999999999")]
    [InlineData("Not Found")]
    [InlineData("-")]
    [InlineData("0x194")]
    public void TryParse_rejects_anything_else(string? text)
    {
        Assert.False(HttpStatusExtensions.TryParse(text, out _));
    }

    [Fact]
    public void Values_and_names_are_sorted_parallel_and_read_only_lists()
    {
        var values = HttpStatusExtensions.GetValues();
        var names = HttpStatusExtensions.GetNames();
        // 67 codes of the set and 18 of the vendor packs this project chooses.
        Assert.Equal(85, values.Count);
        Assert.Equal(values.Count, names.Count);
        Assert.Equal(values.OrderBy(v => (int)v), values);
        Assert.Equal(values.Select(v => v.ToStringFast()), names);
        Assert.Equal(HttpStatus.Continue, values[0]);
        Assert.Equal("Continue", names[0]);
        Assert.Throws<IndexOutOfRangeException>(() => values[values.Count]);

        // Through the interfaces (LINQ, IReadOnlyList parameters) the enumerators box but behave the same.
        System.Collections.Generic.IReadOnlyList<HttpStatus> list = values;
        using var enumerator = list.GetEnumerator();
        var count = 0;
        while (enumerator.MoveNext())
        {
            Assert.Equal(values[count++], enumerator.Current);
        }

        Assert.Equal(values.Count, count);
        enumerator.Reset();
        Assert.True(enumerator.MoveNext());
        Assert.Equal(HttpStatus.Continue, enumerator.Current);
        Assert.Equal(names.ToArray(), ((System.Collections.IEnumerable)names).Cast<string>().ToArray());
    }

    [Fact]
    public void Categories_and_undefined_values_fall_back_without_throwing()
    {
        Assert.Equal(HttpStatusCategory.ClientError, HttpStatus.NotFound.GetCategory());
        Assert.True(HttpStatus.NotFound.IsClientError());
        Assert.False(HttpStatus.NotFound.IsSuccess());
        Assert.Equal("ClientError", HttpStatusCategory.ClientError.ToStringFast());

#pragma warning disable SCG0401 // Undefined values on purpose.
        var undefined = (HttpStatus)470;
        Assert.Equal(HttpStatusCategory.ClientError, undefined.GetCategory());
        Assert.Equal("Client error", undefined.GetTitle(StatusLocale.EnUS));
        Assert.Equal("用戶端錯誤", undefined.GetTitle(StatusLocale.ZhTW));
        Assert.Equal(string.Empty, undefined.GetReasonPhrase());

        var outside = (HttpStatus)(-5);
#pragma warning restore SCG0401
        Assert.Equal(HttpStatusCategory.None, outside.GetCategory());
        Assert.Equal(string.Empty, outside.GetTitle(StatusLocale.ZhCN));
        Assert.Equal(string.Empty, outside.GetDescription((StatusLocale)42));
        Assert.Equal("Not found", HttpStatus.NotFound.GetTitle((StatusLocale)42));
    }

    [Fact]
    public void Aliases_are_the_same_value_as_their_current_name()
    {
#pragma warning disable CS0618 // The aliases are obsolete on purpose.
        Assert.Equal(HttpStatus.ContentTooLarge, HttpStatus.RequestEntityTooLarge);
        Assert.Equal(HttpStatus.ContentTooLarge, HttpStatus.PayloadTooLarge);
        Assert.Equal("ContentTooLarge", HttpStatus.PayloadTooLarge.ToStringFast());
#pragma warning restore CS0618
    }

    [Fact]
    public void Deprecated_codes_carry_obsolete_with_an_explanation()
    {
        var field = typeof(HttpStatus).GetField("UseProxy")!;
        var obsolete = Assert.Single(field.GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>());
        Assert.False(string.IsNullOrWhiteSpace(obsolete.Message));
    }
}

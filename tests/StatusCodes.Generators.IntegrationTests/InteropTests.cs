using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>System.Net interop, UTF-8 texts and reference links of the built-in HttpStatus, at run time.</summary>
public sealed class InteropTests
{
    private static readonly StatusLocale[] AllLocales = { StatusLocale.EnUS, StatusLocale.ZhCN, StatusLocale.ZhTW, (StatusLocale)(-1), (StatusLocale)3, (StatusLocale)int.MaxValue };

    [Fact]
    public void Every_code_round_trips_through_HttpStatusCode()
    {
        foreach (var status in HttpStatusExtensions.GetValues())
        {
            var code = status.ToHttpStatusCode();
            Assert.Equal((int)status, (int)code);
            Assert.Equal(status, HttpStatusExtensions.FromHttpStatusCode(code));
            Assert.True(HttpStatusExtensions.TryFromHttpStatusCode(code, out var back));
            Assert.Equal(status, back);
        }
    }

    [Fact]
    public void Codes_the_set_lacks_do_not_convert_back()
    {
#pragma warning disable SCG0401 // An unknown code on purpose.
        Assert.Equal(799, (int)((HttpStatus)799).ToHttpStatusCode());
#pragma warning restore SCG0401
        Assert.False(HttpStatusExtensions.TryFromHttpStatusCode((HttpStatusCode)799, out var none));
        Assert.Equal(default, none);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HttpStatusExtensions.FromHttpStatusCode((HttpStatusCode)799));
        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void HttpStatusCode_reads_the_texts_and_categories_of_HttpStatus()
    {
        Assert.Equal("找不到", HttpStatusCode.NotFound.GetTitle(StatusLocale.ZhTW));
        Assert.Equal("找不到", HttpStatusCode.NotFound.GetTitle(CultureInfo.GetCultureInfo("zh-HK")));
        Assert.Equal(HttpStatus.NotFound.GetDescription(StatusLocale.ZhCN), HttpStatusCode.NotFound.GetDescription(StatusLocale.ZhCN));
        Assert.Equal("Not Found", HttpStatusCode.NotFound.GetReasonPhrase());
        Assert.True(HttpStatusCode.NotFound.IsClientError());
        Assert.False(HttpStatusCode.NotFound.IsServerError());
        Assert.True(HttpStatusCode.OK.IsSuccess());
        Assert.Equal(HttpStatusCategory.ServerError, HttpStatusCode.BadGateway.GetCategory());

        // 450 is no code of the set: its title is its category's, as on HttpStatus.
        Assert.Equal("Client error", ((HttpStatusCode)450).GetTitle(StatusLocale.EnUS));
        Assert.Equal(string.Empty, ((HttpStatusCode)450).GetReasonPhrase());
    }

    [Fact]
    public void HttpResponseMessage_reads_its_status_code()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("服务不可用", response.GetTitle(StatusLocale.ZhCN));
        Assert.Equal(HttpStatus.ServiceUnavailable.GetDescription(StatusLocale.ZhTW), response.GetDescription(CultureInfo.GetCultureInfo("zh-TW")));
        Assert.True(response.IsServerError());
        Assert.Equal(HttpStatusCategory.ServerError, response.GetCategory());
        Assert.Throws<ArgumentNullException>(() => ((HttpResponseMessage)null!).GetTitle(StatusLocale.EnUS));
    }

    [Fact]
    public void Utf8_texts_equal_the_encoded_strings_for_every_code_and_locale()
    {
        var values = HttpStatusExtensions.GetValues().Select(v => (int)v)
            .Concat(new[] { 0, 99, 150, 299, 450, 599, 600, 799, -1, int.MinValue, int.MaxValue })
            .Select(v => (HttpStatus)v);
        var checkedTexts = 0;
        foreach (var value in values)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(value.GetReasonPhrase()), value.GetReasonPhraseUtf8().ToArray());
            foreach (var locale in AllLocales)
            {
                Assert.Equal(Encoding.UTF8.GetBytes(value.GetTitle(locale)), value.GetTitleUtf8(locale).ToArray());
                Assert.Equal(Encoding.UTF8.GetBytes(value.GetDescription(locale)), value.GetDescriptionUtf8(locale).ToArray());
                checkedTexts += 2;
            }
        }

        Assert.True(checkedTexts > 800, checkedTexts.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("找不到"u8.ToArray(), HttpStatus.NotFound.GetTitleUtf8(CultureInfo.GetCultureInfo("zh-HK")).ToArray());
    }

    [Fact]
    public void Probe_sets_have_utf8_texts_too()
    {
        foreach (var value in PingProbeStatusExtensions.GetValues())
        {
            foreach (var locale in AllLocales)
            {
                Assert.Equal(Encoding.UTF8.GetBytes(value.GetTitle(locale)), value.GetTitleUtf8(locale).ToArray());
            }
        }
    }

    [Fact]
    public void Reference_links_come_from_the_definitions()
    {
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", HttpStatus.NotFound.GetReference());
#pragma warning disable SCG0401 // An unknown code on purpose.
        Assert.Null(((HttpStatus)799).GetReference());
#pragma warning restore SCG0401
        Assert.All(HttpStatusExtensions.GetValues().Where(v => v.GetReference() is not null), v => Assert.StartsWith("https://", v.GetReference(), StringComparison.Ordinal));
    }
}

using System;
using System.Globalization;
using System.Threading;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>Culture → StatusLocale, including the Chinese script and region aliases.</summary>
public sealed class LocaleTests
{
    [Theory]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("en", "en-US")]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-SG", "zh-CN")]
    [InlineData("zh-Hans", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-TW", "zh-TW")]
    [InlineData("zh-HK", "zh-TW")]
    [InlineData("zh-MO", "zh-TW")]
    [InlineData("zh-Hant", "zh-TW")]
    [InlineData("zh-Hant-TW", "zh-TW")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("", "en-US")]
    public void FromCulture_follows_parents_and_aliases(string culture, string expected)
    {
        Assert.Equal(expected, StatusLocales.FromCulture(CultureInfo.GetCultureInfo(culture)).GetName());
    }

    [Fact]
    public void Current_follows_the_current_ui_culture()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-HK");
            Assert.Equal(StatusLocale.ZhTW, StatusLocales.Current);
            Assert.Equal("找不到", HttpStatus.NotFound.GetTitle());
            Assert.Equal(StatusLocale.ZhTW, StatusLocales.FromCulture(null));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-AU");
            Assert.Equal(StatusLocale.EnUS, StatusLocales.Current);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Names_parse_and_print()
    {
        Assert.True(StatusLocales.TryParse("ZH-tw", out var locale));
        Assert.Equal(StatusLocale.ZhTW, locale);
        Assert.True(StatusLocales.TryParse("zh-HK".AsSpan(), out locale));
        Assert.Equal(StatusLocale.ZhTW, locale);
        Assert.False(StatusLocales.TryParse("fr-FR", out _));
        Assert.False(StatusLocales.TryParse((string?)null, out _));
        Assert.Equal("zh-TW", StatusLocale.ZhTW.GetName());
        Assert.Equal("en-US", ((StatusLocale)99).GetName());
        Assert.Equal(StatusLocale.EnUS, StatusLocales.Default);
    }

    [Fact]
    public void The_per_thread_cache_gives_every_thread_its_own_answer()
    {
        var cultures = new[] { "en-US", "zh-CN", "zh-TW", "zh-HK", "fr-FR" };
        var expected = new[] { StatusLocale.EnUS, StatusLocale.ZhCN, StatusLocale.ZhTW, StatusLocale.ZhTW, StatusLocale.EnUS };
        var failures = 0;
        var threads = new Thread[4];
        for (var t = 0; t < threads.Length; t++)
        {
            var seed = t;
            threads[t] = new Thread(() =>
            {
                for (var i = 0; i < 20_000; i++)
                {
                    var index = (i * 7 + seed) % cultures.Length;
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultures[index]);
                    if (StatusLocales.Current != expected[index] || HttpStatus.OK.GetTitle() != HttpStatus.OK.GetTitle(expected[index]))
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(0, failures);
    }
}

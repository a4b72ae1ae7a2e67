using System;
using System.Linq;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>Probe results arrive as ("PING", 610): the group lookup resolves them.</summary>
public sealed class SiteMonitorTests
{
    [Fact]
    public void The_same_code_means_different_things_per_protocol()
    {
        Assert.True(SiteMonitorCodes.TryGetTitle("HTTP", 610, StatusLocale.EnUS, out var http));
        Assert.True(SiteMonitorCodes.TryGetTitle("ping", 610, StatusLocale.EnUS, out var ping));
        Assert.True(SiteMonitorCodes.TryGetTitle("Dns", 610, StatusLocale.EnUS, out var dns));
        Assert.Equal(3, new[] { http, ping, dns }.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(PingProbeStatus.NoResponse.GetTitle(StatusLocale.EnUS), ping);
    }

    [Fact]
    public void Texts_resolve_in_every_locale_from_strings_and_spans()
    {
        Assert.True(SiteMonitorCodes.TryGetDescription("PING", 610, StatusLocale.ZhCN, out var description));
        Assert.Equal("网络稳定，但发出的所有包在 2 秒内均无响应。", description);
        Assert.True(SiteMonitorCodes.TryGetTitle("ftp".AsSpan(), 611, StatusLocale.ZhTW, out var title));
        Assert.Equal(FtpProbeStatus.OtherFailure.GetTitle(StatusLocale.ZhTW), title);
    }

    [Fact]
    public void The_http_probe_resolves_standard_http_codes_through_HttpStatus()
    {
        Assert.True(SiteMonitorCodes.TryGetTitle("HTTP", 503, StatusLocale.ZhTW, out var title));
        Assert.Equal(HttpStatus.ServiceUnavailable.GetTitle(StatusLocale.ZhTW), title);
        Assert.False(SiteMonitorCodes.TryGetTitle("PING", 503, StatusLocale.ZhTW, out _));
    }

    [Fact]
    public void Unknown_protocols_and_codes_return_false_and_empty()
    {
        Assert.False(SiteMonitorCodes.TryGetTitle("GOPHER", 610, StatusLocale.EnUS, out var title));
        Assert.Equal(string.Empty, title);
        Assert.False(SiteMonitorCodes.TryGetTitle((string?)null, 610, StatusLocale.EnUS, out _));
        Assert.False(SiteMonitorCodes.TryGetDescription("POP3", 610, StatusLocale.EnUS, out _));
        Assert.Equal(new[] { "HTTP", "PING", "TCP", "UDP", "DNS", "SMTP", "POP3", "FTP" }, SiteMonitorCodes.Keys);
    }

    [Fact]
    public void Facts_from_the_seeds_survive()
    {
        Assert.Contains("30", HttpProbeStatus.ConnectionTimeout.GetDescription(StatusLocale.EnUS), StringComparison.Ordinal);
        var redirects = HttpProbeStatus.TooManyRedirects.GetDescription(StatusLocale.EnUS);
        Assert.Contains("5", redirects, StringComparison.Ordinal);
        Assert.Contains("2", redirects, StringComparison.Ordinal);
        Assert.Contains("DNS", FtpProbeStatus.OtherFailure.GetDescription(StatusLocale.EnUS), StringComparison.Ordinal);
        Assert.DoesNotContain("SMTP", FtpProbeStatus.OtherFailure.GetDescription(StatusLocale.EnUS), StringComparison.Ordinal);
    }
}

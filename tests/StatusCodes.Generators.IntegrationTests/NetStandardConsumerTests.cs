using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>The netstandard2.0 / C# 8 / System.Memory consumer, with public generated types and a documentation file.</summary>
public sealed class NetStandardConsumerTests
{
    [Fact]
    public void Its_public_generated_api_works_from_another_assembly()
    {
        Assert.Equal("PING 610: 無回應", NetStandardConsumer.ProbeReport.Describe("ping", 610, CultureInfo.GetCultureInfo("zh-TW")));
        Assert.Null(NetStandardConsumer.ProbeReport.Describe("ping", 999, CultureInfo.InvariantCulture));
        Assert.Equal("Not Found", NetStandardConsumer.HttpStatusExtensions.GetReasonPhrase(NetStandardConsumer.HttpStatus.NotFound));
        Assert.True(NetStandardConsumer.HttpStatusExtensions.TryParse("notfound".AsSpan(), out var parsed));
        Assert.Equal(404, (int)parsed);
    }

    [Fact]
    public void Its_public_conversions_work_and_csharp8_gets_no_utf8_members()
    {
        var code = NetStandardConsumer.HttpStatusExtensions.ToHttpStatusCode(NetStandardConsumer.HttpStatus.NotFound);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, code);
        Assert.Equal("找不到", NetStandardConsumer.HttpStatusExtensions.GetTitle(code, NetStandardConsumer.StatusLocale.ZhTW));
        Assert.Equal(NetStandardConsumer.HttpStatus.BadGateway, NetStandardConsumer.HttpStatusExtensions.FromHttpStatusCode(System.Net.HttpStatusCode.BadGateway));
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", NetStandardConsumer.HttpStatusExtensions.GetReference(NetStandardConsumer.HttpStatus.NotFound));
        Assert.Null(typeof(NetStandardConsumer.HttpStatusExtensions).GetMethod("GetTitleUtf8", new[] { typeof(NetStandardConsumer.HttpStatus), typeof(NetStandardConsumer.StatusLocale) }));
    }

    [Fact]
    public void Its_documentation_file_holds_the_generated_docs_in_every_locale()
    {
        var path = Path.ChangeExtension(typeof(NetStandardConsumer.ProbeReport).Assembly.Location, ".xml");
        var members = XDocument.Load(path).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);

        var notFound = members["F:NetStandardConsumer.HttpStatus.NotFound"];
        Assert.StartsWith("404 Not found.", Normalize(notFound.Element("summary")!.Value), StringComparison.Ordinal);
        var remarks = notFound.Element("remarks")!.Elements("para").Select(p => Normalize(p.Value)).ToList();
        Assert.Contains(remarks, r => r.StartsWith("zh-CN: 未找到", StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.StartsWith("zh-TW: 找不到", StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.StartsWith("Reference: https://www.rfc-editor.org/rfc/rfc9110", StringComparison.Ordinal));
        Assert.True(members.ContainsKey("M:NetStandardConsumer.HttpStatusExtensions.GetTitle(NetStandardConsumer.HttpStatus,NetStandardConsumer.StatusLocale)"));
        Assert.True(members.ContainsKey("T:NetStandardConsumer.SiteMonitorCodes"));
        Assert.True(members.ContainsKey("M:NetStandardConsumer.HttpStatusExtensions.ToHttpStatusCode(NetStandardConsumer.HttpStatus)"));
        Assert.True(members.ContainsKey("M:NetStandardConsumer.HttpStatusExtensions.GetTitle(System.Net.Http.HttpResponseMessage,NetStandardConsumer.StatusLocale)"));
    }

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

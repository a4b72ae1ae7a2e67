using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>The HTML pages of <c>statuscodes docs</c> in a real headless Chromium.</summary>
public class DocsBrowserTests
{
    private static readonly string[] Locales = { "en-US", "zh-CN", "zh-TW" };

    [BrowserFact]
    public async Task Every_page_shows_every_code_in_every_locale_with_unique_anchors_and_no_console_errors()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        var run = await ToolRunner.RunAsync("docs", RepoPaths.Definitions, "--format", "html", "-o", site);
        Assert.True(run.ExitCode == 0, run.ToString());
        var specs = Directory.GetFiles(RepoPaths.Definitions, "*.codes.yaml").Select(DefinitionFiles.ParseValid).ToList();

        foreach (var set in specs.SelectMany(s => s.Sets))
        {
            // Every locale's texts are in the page whichever is shown; zh-TW (not the first) proves the switch ran.
            var (dom, console) = HeadlessBrowser.DumpDom(new Uri(Path.Combine(site, set.Name + ".html")).AbsoluteUri + "?locale=zh-TW");

            Assert.Empty(console);
            Assert.Contains("<html lang=\"zh-TW\" data-locale=\"zh-TW\">", dom);
            var ids = Regex.Matches(dom, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            var rows = Regex.Matches(dom, "<tr id=\"(\\d+)\"[^>]*>(.*?)</tr>", RegexOptions.Singleline)
                .ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);
            Assert.Equal(set.Codes.Select(c => c.Code).OrderBy(c => c), rows.Keys.OrderBy(c => c));
            foreach (var code in set.Codes)
            {
                var spans = Regex.Matches(rows[code.Code], "<span class=\"t\" lang=\"([^\"]+)\">(.*?)</span>", RegexOptions.Singleline)
                    .Select(m => (Locale: m.Groups[1].Value, Text: WebUtility.HtmlDecode(m.Groups[2].Value.Replace("<br>", "\n", StringComparison.Ordinal))))
                    .ToList();
                foreach (var locale in Locales)
                {
                    Assert.Contains((locale, code.Title.Get(locale)!), spans);
                }
            }
        }

        var (index, indexConsole) = HeadlessBrowser.DumpDom(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        Assert.Empty(indexConsole);
        var links = Regex.Matches(index, "<a href=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        var pages = specs.SelectMany(s => s.Sets).Select(s => s.Name).Concat(specs.SelectMany(s => s.Extensions).Select(e => e.PackName).OfType<string>());
        Assert.Equal(pages.Select(n => n + ".html").OrderBy(n => n, StringComparer.Ordinal), links.OrderBy(n => n, StringComparer.Ordinal));
    }

    [BrowserFact]
    public async Task The_filter_hides_rows_and_groups_without_the_query()
    {
        using var temp = new TempFolder();
        var site = temp.File("site");
        await ToolRunner.RunAsync("docs", Path.Combine(RepoPaths.Definitions, "http.codes.yaml"), "--format", "html", "-o", site);

        var (dom, console) = HeadlessBrowser.DumpDom(new Uri(Path.Combine(site, "HttpStatus.html")).AbsoluteUri + "?locale=zh-TW&filter=moved");

        Assert.Empty(console);
        var shown = Regex.Matches(dom, "<tr id=\"(\\d+)\"(?: class=\"deprecated\")?>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "301", "510" }, shown);
        Assert.Contains("<section class=\"group\" id=\"category-Redirection\">", dom);
        Assert.Contains("<section class=\"group\" id=\"category-Success\" hidden=\"\">", dom);
    }
}

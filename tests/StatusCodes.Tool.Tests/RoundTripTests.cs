using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StatusCodes.Definitions.Specs;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>Definitions → docs → import → definitions keeps every text: summaries, category and code titles and descriptions, in every locale.</summary>
public class RoundTripTests
{
    [Theory]
    [InlineData("http.codes.yaml", "markdown", ".md")]
    [InlineData("http.codes.yaml", "html", ".html")]
    [InlineData("site-monitor.codes.yaml", "markdown", ".md")]
    [InlineData("site-monitor.codes.yaml", "html", ".html")]
    public async Task Docs_imported_back_keep_every_text(string definitionFile, string format, string extension)
    {
        using var temp = new TempFolder();
        var source = Path.Combine(RepoPaths.Definitions, definitionFile);
        var original = DefinitionFiles.ParseValid(source);
        var docs = await ToolRunner.RunAsync("docs", source, "--format", format, "-o", temp.File("docs"));
        Assert.True(docs.ExitCode == 0, docs.ToString());

        foreach (var set in original.Sets)
        {
            var rebuilt = temp.File(set.Name + ".codes.yaml");
            foreach (var locale in original.Locales)
            {
                var page = temp.File("docs/" + set.Name + (format == "html" ? string.Empty : "." + locale) + extension);
                var args = new List<string> { "import", page, "--locale", locale };
                args.AddRange(locale == original.Locales[0] ? new[] { "-o", rebuilt } : new[] { "--merge", rebuilt });
                var run = await ToolRunner.RunAsync(args.ToArray());
                Assert.True(run.ExitCode == 0, run.ToString());
                Assert.DoesNotContain("not in the", run.Stderr);
            }

            var copy = Assert.Single(DefinitionFiles.ParseValid(rebuilt).Sets);
            Assert.Equal(set.Name, copy.Name);
            Assert.Equal(Texts(set), Texts(copy));
            Assert.Equal(set.Codes.Select(c => (c.Code, c.Name, c.Reference)), copy.Codes.Select(c => (c.Code, c.Name, c.Reference)));
            Assert.Equal(set.Categories.Select(c => (c.Name, c.From, c.To)), copy.Categories.Select(c => (c.Name, c.From, c.To)));
        }
    }

    [Fact]
    public async Task Texts_full_of_markup_survive_the_trip()
    {
        using var temp = new TempFolder();
        var source = temp.Write("tricky.codes.yaml", """
            locales: [en-US]
            sets:
              - name: Tricky
                summary: "Summary with | pipes, <tags>, & ampersands and **stars**."
                codes:
                  - code: 1
                    name: One
                    title: "A | B \\ C"
                    description: "Use <b>bold</b> & *stars* [not a link](x) `code` ~~strike~~ __under__ #hash &amp; \"quotes\": yes"
                  - code: 2
                    name: Two
                    title: "Line one\nline two"
                    reference: https://example.com/a_(b)
            """);
        var original = DefinitionFiles.ParseValid(source);

        foreach (var (format, extension) in new[] { ("markdown", ".md"), ("html", ".html") })
        {
            await ToolRunner.RunAsync("docs", source, "--format", format, "-o", temp.File(format));
            var rebuilt = temp.File(format + ".codes.yaml");
            var run = await ToolRunner.RunAsync("import", temp.File(format + (format == "html" ? "/Tricky" : "/Tricky.en-US") + extension), "--locale", "en-US", "-o", rebuilt);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(Texts(original.Sets[0]), Texts(DefinitionFiles.ParseValid(rebuilt).Sets[0]));
        }
    }

    private static List<string> Texts(SetSpec set)
    {
        var texts = new List<string> { "summary " + Show(set.Summary) };
        texts.AddRange(set.Categories.Select(c => "category " + c.Name + " " + Show(c.Title) + " / " + Show(c.Description)));
        texts.AddRange(set.Codes.Select(c => "code " + c.Code + " " + Show(c.Title) + " / " + Show(c.Description)));
        return texts;
    }

    private static string Show(LocalizedText text) => string.Join(" | ", text.Entries.OrderBy(e => e.Locale, System.StringComparer.Ordinal).Select(e => e.Locale + "=" + e.Text));
}

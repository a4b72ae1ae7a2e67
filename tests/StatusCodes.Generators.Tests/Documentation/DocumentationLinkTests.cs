using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Documentation;

/// <summary>
/// The README and the pages under docs/ link to each other by relative paths and #anchors; a page
/// or heading that moves must take its links along. Anchors follow GitHub's rules, so a link that
/// passes here also works on GitHub.
/// </summary>
public sealed class DocumentationLinkTests
{
    private const int ReadmeByteLimit = 10_240;

    [Fact]
    public void The_readme_stays_a_first_page()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryDirectory, "README.md")).Length;
        Assert.True(bytes <= ReadmeByteLimit, $"README.md has {bytes} bytes; keep it at most {ReadmeByteLimit} and move detail to a page under docs/.");
    }

    [Fact]
    public void Every_relative_link_and_anchor_of_the_readme_and_docs_resolves()
    {
        var broken = new List<string>();
        var pages = DocumentedPages().ToList();
        Assert.Contains(pages, p => p.EndsWith("README.md", StringComparison.Ordinal));
        Assert.True(pages.Count > 10, $"only {pages.Count} pages found");
        foreach (var page in pages)
        {
            foreach (var (line, target) in Links(File.ReadAllText(page)))
            {
                var problem = Check(page, target);
                if (problem is not null)
                {
                    broken.Add($"{Path.GetRelativePath(TestPaths.RepositoryDirectory, page)}:{line}: ({target}) {problem}");
                }
            }
        }

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Theory]
    [InlineData("Extending a set", "extending-a-set")]
    [InlineData("Definition files (schema version 1)", "definition-files-schema-version-1")]
    [InlineData("SCG0001: Malformed YAML", "scg0001-malformed-yaml")]
    [InlineData("Encodings and `--fix`", "encodings-and---fix")]
    [InlineData("Interop: `convertible-to`, UTF-8 texts, reference links, older names, JSON", "interop-convertible-to-utf-8-texts-reference-links-older-names-json")]
    [InlineData("`statuscodes lint`", "statuscodes-lint")]
    [InlineData("Analyzers: unknown codes don't compile", "analyzers-unknown-codes-dont-compile")]
    [InlineData("System.Text.Json", "systemtextjson")]
    [InlineData("Older names on the enum (CS0117, CS0618)", "older-names-on-the-enum-cs0117-cs0618")]
    [InlineData("状态码 zh-TW", "状态码-zh-tw")]
    [InlineData("[Link](page.md) and *emphasis*", "link-and-emphasis")]
    [InlineData("snake_case name", "snake_case-name")]
    public void Anchors_follow_the_github_slug_rules(string heading, string expected)
        => Assert.Equal(expected, Slug(heading));

    [Fact]
    public void Repeated_headings_get_numbered_anchors_and_code_blocks_have_none()
    {
        const string page = "# Page\n\n## Build\n\n```yaml\n# Not a heading\n```\n\n## Build\n\n<a id=\"scg0001\"></a>\n";
        Assert.Equal(new[] { "build", "build-1", "page", "scg0001" }, Anchors(page).OrderBy(a => a, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_missing_file_and_a_missing_anchor_are_reported()
    {
        var readme = Path.Combine(TestPaths.RepositoryDirectory, "README.md");
        Assert.Equal("no such file", Check(readme, "docs/no-such-page.md"));
        Assert.Equal("no anchor #no-such-heading in docs/diagnostics.md", Check(readme, "docs/diagnostics.md#no-such-heading"));
        Assert.Equal("no anchor #nowhere in README.md", Check(readme, "#nowhere"));
        Assert.Null(Check(readme, "docs/diagnostics.md#scg0001"));
        Assert.Null(Check(readme, "https://example.com/#anything"));
    }

    private static IEnumerable<string> DocumentedPages()
    {
        yield return Path.Combine(TestPaths.RepositoryDirectory, "README.md");
        foreach (var page in Directory.GetFiles(Path.Combine(TestPaths.RepositoryDirectory, "docs"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            yield return page;
        }
    }

    /// <summary>Null when the link resolves; else what is missing.</summary>
    private static string? Check(string page, string target)
    {
        if (Regex.IsMatch(target, "^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase))
        {
            return null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target.Substring(0, hash));
        var anchor = hash < 0 ? null : target.Substring(hash + 1);
        var file = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return "no such file";
        }

        if (anchor is null || !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Anchors(File.ReadAllText(file)).Contains(anchor)
            ? null
            : $"no anchor #{anchor} in {Path.GetRelativePath(TestPaths.RepositoryDirectory, file).Replace('\\', '/')}";
    }

    /// <summary>The inline links and images outside code, with their line numbers.</summary>
    private static IEnumerable<(int Line, string Target)> Links(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsFence(lines[i]))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var text = Regex.Replace(lines[i], "`[^`]*`", string.Empty);
            foreach (Match link in Regex.Matches(text, @"\]\(([^()\s]+)(?:\s+""[^""]*"")?\)"))
            {
                yield return (i + 1, link.Groups[1].Value);
            }
        }
    }

    /// <summary>Every anchor a page offers: one per heading (GitHub numbers repeats) and every &lt;a id&gt; or &lt;a name&gt;.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (IsFence(line))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match html in Regex.Matches(line, @"<a\s+(?:id|name)=""([^""]+)"""))
            {
                anchors.Add(html.Groups[1].Value);
            }

            var heading = Regex.Match(line, @"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$");
            if (heading.Success)
            {
                var slug = Slug(heading.Groups[1].Value);
                var count = seen.TryGetValue(slug, out var n) ? n : 0;
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            }
        }

        return anchors;
    }

    private static bool IsFence(string line) => Regex.IsMatch(line, "^ {0,3}(```|~~~)");

    /// <summary>
    /// GitHub's heading anchor: the rendered text (links and emphasis unwrapped, code spans as their
    /// text) in lower case, letters, digits, marks, '_' and '-' kept, each space a '-', the rest dropped.
    /// </summary>
    private static string Slug(string heading)
    {
        var text = Regex.Replace(heading, @"!?\[([^\]]*)\]\([^)]*\)", "$1");
        text = Regex.Replace(text, "<[^>]+>", string.Empty);
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c == '-' || c == '_' || char.IsLetterOrDigit(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Documentation;

/// <summary>The README's definition example generates without a finding, and its API lines compile and return what their comments say.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_generates_cleanly_and_its_api_lines_return_what_they_say()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var yaml = Block(readme, "## Your own codes", "yaml");
        var csharp = Block(readme, "## The API in brief", "csharp");

        // Each line becomes a recorded expression; 'out var' declarations stay in scope for the lines after them.
        var body = new StringBuilder();
        foreach (var line in csharp.Split('\n').Where(l => l.Trim().Length > 0))
        {
            var code = line.Substring(0, line.IndexOf("//", StringComparison.Ordinal) is var c and >= 0 ? c : line.Length).Trim().TrimEnd(';');
            body.Append("        results.Add(global::System.Convert.ToString((object)(").Append(code).Append("), CultureInfo.InvariantCulture)!);\n");
        }

        var source = $$"""
            using System.Collections.Generic;
            using System.Globalization;
            using Contoso.Payments;
            using TestProject;

            public static class Use
            {
                public static string Run()
                {
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-HK");
                    var results = new List<string>();
            {{body}}        return string.Join("|", results);
                }
            }
            """;

        var run = GeneratorRunner.Run(new[] { ("/project/payments.codes.yaml", yaml) }, source);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(
            "卡片遭拒|發卡機構拒絕了此卡片。|Declined|True|CardDeclined|True|True|ZhTW",
            GeneratedAssembly.RunUse(run.Output));
    }

    private static string Block(string readme, string heading, string language)
    {
        var section = readme.Substring(readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal));
        var match = Regex.Match(section, "```" + language + "\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {language} block under '{heading}'");
        return match.Groups[1].Value;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.Tool.Import.Writing;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// Property tests of escaping: random texts and names go into YAML (properly double-quoted), through
/// the generator and the compiler into a loaded assembly, and every text read back at run time must
/// equal the YAML text exactly; the XML documentation file must parse and say the same.
/// </summary>
public sealed class EscapingTests
{
    private const string Namespace = "Escapes.@class.Ünïcode";
    private const string Path = "/p/escapes.codes.yaml";
    private static readonly string[] Locales = { "en-US", "zh-TW" };
    private static readonly string[] SetNames = { "event", "record", "Zustände", "状态码", "Status", "file" };

    /// <summary>Diagnose mode makes the compiler check every XML comment (CS1570 and friends are warnings then).</summary>
    private static readonly CSharpParseOptions DiagnoseDocs = GeneratorRunner.LatestParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    public static TheoryData<int> Seeds() => new() { 1, 2, 3, 4, 5, 6 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_texts_and_names_compile_and_read_back_exactly(int seed)
    {
        var random = new Random(seed);
        var names = TrickyText.Names(random, 32);
        var codes = names.Take(24).Select((name, i) => new CodeCase(
            i + 1,
            name,
            TrickyText.Reason(random),
            Locales.Select(_ => TrickyText.Text(random)).ToArray(),
            Locales.Select(_ => TrickyText.Text(random)).ToArray(),
            random.Next(4) == 0 ? TrickyText.Text(random) : null,
            i % 3 == 0 ? new[] { names[24 + (i / 3)] } : Array.Empty<string>())).ToList();
        var set = new SetCase(SetNames[seed % SetNames.Length], Locales.Select(_ => TrickyText.Text(random)).ToArray(), codes, Locales.Select(_ => TrickyText.Text(random)).ToArray());

        AssertRoundTrip(set);
    }

    [Fact]
    public void Every_tricky_piece_alone_reads_back_exactly()
    {
        // One code per piece, the piece as its whole title and inside its description, so that no
        // piece depends on chance to be tried.
        var codes = TrickyText.Pieces.Select((piece, i) => new CodeCase(
            i + 1,
            "Piece" + i.ToString(CultureInfo.InvariantCulture),
            "Piece",
            new[] { piece.Trim().Length == 0 ? piece + "x" : piece, "x" + piece },
            new[] { "before " + piece + " after", piece + piece + "y" },
            null,
            Array.Empty<string>())).ToList();

        AssertRoundTrip(new SetCase("Pieces", new[] { "Summary with ]]> and */ and \u2028.", "\u0085摘要 <b>" }, codes, new[] { "<Category & \"title\">", "]]>\u0085" }));
    }

    [Theory]
    [InlineData("title: { en-US: \"lone <D800> high\", zh-TW: ok }", 5, 47)]
    [InlineData("title: { en-US: ok, zh-TW: lone <DC00> low }", 5, 58)]
    [InlineData("title: { en-US: ok, zh-TW: ok }, description: \"reversed <DC00><D800> pair\"", 5, 77)]
    [InlineData("title: { en-US: ok, zh-TW: ok }, deprecated: \"<D83D>\"", 5, 76)]
    public void Unpaired_surrogates_in_a_text_get_SCG0117_at_the_text(string entries, int line, int column)
    {
        // Attribute arguments cannot hold a lone surrogate (metadata stores them as UTF-8): <D800> stands for U+D800.
        var text = System.Text.RegularExpressions.Regex.Replace(entries, "<(D[0-9A-F]{3})>", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        var run = GeneratorRunner.Run(new[] { (Path, SurrogateYaml(text)) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0117", Path, line, column);
        Assert.Contains("an unpaired surrogate (U+D", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: { en-US: \"lone \\uD800 high\", zh-TW: ok }", 5, 47, "found invalid Unicode surrogates")]
    [InlineData("title: { en-US: ok, zh-TW: \"lone \\uDC00 low\" }", 5, 58, "found invalid Unicode surrogates")]
    [InlineData("title: ok, description: \"reversed \\uDC00\\uD800 pair\"", 5, 7, "is not a valid character")]
    public void Unpaired_surrogates_written_as_escapes_are_malformed_yaml(string entries, int line, int column, string message)
    {
        // YamlDotNet refuses these escapes itself, before the parser could see the text.
        var run = GeneratorRunner.Run(new[] { (Path, SurrogateYaml(entries)) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0001", Path, line, column);
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string SurrogateYaml(string entries) => "locales: [en-US, zh-TW]\nsets:\n  - name: Set\n    codes:\n      - { code: 1, name: One, " + entries + " }\n";

    private static void AssertRoundTrip(SetCase set)
    {
        var yaml = Yaml(set);
        var run = GeneratorRunner.Run(new[] { (Path, yaml) }, Probe(set), parseOptions: DiagnoseDocs);
        // A bidirectional control reads back exactly too, with a warning that it can reorder what a text shows.
        var findings = run.Diagnostics.Where(d => d.Id != "SCG0125").ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.All(run.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // Every warning wave on (what AnalysisLevel=latest gives a project), as the README promises.
        var output = run.Output.WithOptions(((CSharpCompilationOptions)run.Output.Options).WithWarningLevel(9999));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        using var loaded = LoadedGeneratedCode.Load(output);
        var ns = Namespace.Replace("@", string.Empty, StringComparison.Ordinal);
        var enumType = loaded.Type(ns + "." + set.Name);
        var extensions = loaded.Type(ns + "." + set.Name + "Extensions");
        var localeType = loaded.Type(GeneratorRunner.DefaultNamespace + ".StatusLocale");
        var probe = loaded.Type("Utf8Probe");
        var byLocale = new[] { enumType, localeType };

        for (var l = 0; l < Locales.Length; l++)
        {
            var locale = Locale(loaded, localeType, Locales[l]);
            foreach (var code in set.Codes)
            {
                var value = Enum.ToObject(enumType, code.Code);
                var where = $"code {code.Code} '{code.Name}' in {Locales[l]}";
                AssertSame(code.Titles[l], LoadedGeneratedCode.Call(extensions, "GetTitle", byLocale, value, locale), "title of " + where);
                AssertSame(code.Descriptions[l], LoadedGeneratedCode.Call(extensions, "GetDescription", byLocale, value, locale), "description of " + where);
                AssertSame(code.Titles[l], LoadedGeneratedCode.Call(probe, "Title", byLocale, value, locale), "UTF-8 title of " + where);
                AssertSame(code.Descriptions[l], LoadedGeneratedCode.Call(probe, "Description", byLocale, value, locale), "UTF-8 description of " + where);
            }

            var categoryType = loaded.Type(ns + "." + set.Name + "Category");
            var category = Enum.ToObject(categoryType, 1);
            AssertSame(set.CategoryTitles[l], LoadedGeneratedCode.Call(extensions, "GetTitle", new[] { categoryType, localeType }, category, locale), "category title in " + Locales[l]);
        }

        foreach (var code in set.Codes)
        {
            var value = Enum.ToObject(enumType, code.Code);
            AssertSame(code.Reason, LoadedGeneratedCode.Call(extensions, "GetReasonPhrase", new[] { enumType }, value), "reason of " + code.Name);
            AssertSame(code.Reason, LoadedGeneratedCode.Call(probe, "Reason", new[] { enumType }, value), "UTF-8 reason of " + code.Name);
            AssertSame(code.Name, LoadedGeneratedCode.Call(extensions, "ToStringFast", new[] { enumType }, value), "name of " + code.Code);
            var arguments = new object?[] { code.Name, null };
            Assert.True((bool)LoadedGeneratedCode.Call(extensions, "TryParse", new[] { typeof(string), enumType.MakeByRefType() }, arguments)!, "TryParse " + code.Name);
            Assert.Equal(value, arguments[1]);
            foreach (var alias in code.Aliases)
            {
                var byAlias = new object?[] { alias, null };
                Assert.True((bool)LoadedGeneratedCode.Call(extensions, "TryParse", new[] { typeof(string), enumType.MakeByRefType() }, byAlias)!, "TryParse alias " + alias);
                Assert.Equal(value, byAlias[1]);
            }

            var obsolete = enumType.GetField(code.Name)!.GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>().SingleOrDefault();
            AssertSame(code.Deprecated, obsolete?.Message, "[Obsolete] of " + code.Name);
        }

        AssertDocumentation(loaded.Documentation, ns, set);
    }

    /// <summary>Each member's summary says, as XML text, what the emitter promises: the code, then title and description in the default locale.</summary>
    private static void AssertDocumentation(XDocument documentation, string ns, SetCase set)
    {
        var members = documentation.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
        foreach (var code in set.Codes)
        {
            var id = "F:" + ns + "." + set.Name + "." + code.Name;
            Assert.True(members.TryGetValue(id, out var member), "No documentation for " + id);
            var expected = code.Code.ToString(CultureInfo.InvariantCulture) + " " + DocumentationWriter.Join(code.Titles[0], code.Descriptions[0]);
            Assert.Equal(Normalize(AsDocumented(expected)), Normalize(member!.Element("summary")!.Value));
            var remark = member.Element("remarks")!.Elements("para").Single(p => p.Value.StartsWith("zh-TW: ", StringComparison.Ordinal)).Value;
            Assert.Equal(Normalize(AsDocumented("zh-TW: " + DocumentationWriter.Join(code.Titles[1], code.Descriptions[1]))), Normalize(remark));
        }

        var type = members["T:" + ns + "." + set.Name];
        Assert.Equal(Normalize(AsDocumented(set.Summaries[0])), Normalize(type.Element("summary")!.Value));
    }

    /// <summary>What an XML comment can hold of a text: line breaks, tabs and characters XML forbids become spaces.</summary>
    private static string AsDocumented(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c < ' ' || c is '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => string.Join(" ", text.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries));

    private static void AssertSame(string? expected, object? actual, string what)
        => Assert.True(string.Equals(expected, (string?)actual, StringComparison.Ordinal), $"The {what} differs: expected {Show(expected)}, got {Show((string?)actual)}");

    private static string Show(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

    private static object Locale(LoadedGeneratedCode loaded, Type localeType, string name)
    {
        var arguments = new object?[] { name, null };
        Assert.True((bool)LoadedGeneratedCode.Call(loaded.Type(GeneratorRunner.DefaultNamespace + ".StatusLocales"), "TryParse", new[] { typeof(string), localeType.MakeByRefType() }, arguments)!);
        return arguments[1]!;
    }

    private static string Yaml(SetCase set)
    {
        var yaml = new StringBuilder();
        yaml.Append("namespace: ").Append(Namespace.Replace("@", string.Empty, StringComparison.Ordinal)).Append('\n');
        yaml.Append("locales: [").Append(string.Join(", ", Locales)).Append("]\n");
        yaml.Append("sets:\n  - name: ").Append(YamlScalar.Format(set.Name)).Append('\n');
        yaml.Append("    summary: ").Append(Localized(set.Summaries)).Append('\n');
        yaml.Append("    categories:\n      - name: All\n        from: 1\n        to: ").Append(set.Codes.Count).Append('\n');
        yaml.Append("        title: ").Append(Localized(set.CategoryTitles)).Append('\n');
        yaml.Append("    codes:\n");
        foreach (var code in set.Codes)
        {
            yaml.Append("      - code: ").Append(code.Code.ToString(CultureInfo.InvariantCulture)).Append('\n');
            yaml.Append("        name: ").Append(YamlScalar.Format(code.Name)).Append('\n');
            yaml.Append("        reason: ").Append(YamlScalar.DoubleQuoted(code.Reason)).Append('\n');
            yaml.Append("        title: ").Append(Localized(code.Titles)).Append('\n');
            yaml.Append("        description: ").Append(Localized(code.Descriptions)).Append('\n');
            if (code.Aliases.Length > 0)
            {
                yaml.Append("        aliases: [").Append(string.Join(", ", code.Aliases.Select(a => YamlScalar.Format(a, flow: true)))).Append("]\n");
            }

            if (code.Deprecated is not null)
            {
                yaml.Append("        deprecated: ").Append(YamlScalar.DoubleQuoted(code.Deprecated)).Append('\n');
            }
        }

        return yaml.ToString();
    }

    private static string Localized(string[] texts) => "{ " + string.Join(", ", Locales.Select((l, i) => l + ": " + YamlScalar.DoubleQuoted(texts[i]))) + " }";

    /// <summary>A class in the test compilation that turns the UTF-8 members back into strings (a span cannot go through reflection).</summary>
    private static string Probe(SetCase set)
    {
        var type = "global::" + string.Join(".", Namespace.Replace("@", string.Empty, StringComparison.Ordinal).Split('.').Select(p => "@" + p)) + ".@";
        var locale = "global::" + GeneratorRunner.DefaultNamespace + ".StatusLocale";
        var utf8 = "global::System.Text.Encoding.UTF8.GetString";
        return $$"""
            /// <summary>The UTF-8 members as strings.</summary>
            internal static class Utf8Probe
            {
                /// <summary>Title.</summary>
                public static string Title({{type}}{{set.Name}} value, {{locale}} locale) => {{utf8}}({{type}}{{set.Name}}Extensions.GetTitleUtf8(value, locale));

                /// <summary>Description.</summary>
                public static string Description({{type}}{{set.Name}} value, {{locale}} locale) => {{utf8}}({{type}}{{set.Name}}Extensions.GetDescriptionUtf8(value, locale));

                /// <summary>Reason.</summary>
                public static string Reason({{type}}{{set.Name}} value) => {{utf8}}({{type}}{{set.Name}}Extensions.GetReasonPhraseUtf8(value));
            }
            """;
    }

    private sealed record CodeCase(int Code, string Name, string Reason, string[] Titles, string[] Descriptions, string? Deprecated, string[] Aliases);

    private sealed record SetCase(string Name, string[] Summaries, IReadOnlyList<CodeCase> Codes, string[] CategoryTitles);
}

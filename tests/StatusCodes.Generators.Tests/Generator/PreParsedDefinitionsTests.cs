using System;
using System.IO;
using System.Linq;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using StatusCodes.Generators.BuiltIn;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.PreParsedWriter;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// The built-in definitions ship parsed (<see cref="PreParsedDefinitions"/>). Its data file is written
/// from <c>definitions/</c> by <c>scripts/generate-preparsed.sh</c> (<see cref="PreParsedDataWriter"/>);
/// these tests fail when it is stale and prove that each entry is exactly what the parser returns.
/// </summary>
public sealed class PreParsedDefinitionsTests
{
    private static readonly string DataFile = Path.Combine(TestPaths.RepositoryDirectory, PreParsedDataWriter.DataFile);

    [Fact]
    public void The_data_file_matches_the_definitions_folder()
    {
        var expected = PreParsedDataWriter.Write(TestPaths.DefinitionsDirectory);
        var actual = File.Exists(DataFile) ? File.ReadAllText(DataFile) : string.Empty;

        Assert.True(
            actual == expected,
            PreParsedDataWriter.DataFile + " is not the parse of definitions/. After editing a definition file, run " + PreParsedDataWriter.Command + " and commit the result.");
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in PreParsedDataWriter.FileNames(TestPaths.DefinitionsDirectory))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_built_in_file_gets_what_the_parser_returns_at_any_path(string fileName)
    {
        var text = TestPaths.ReadDefinition(fileName);
        foreach (var path in new[] { "/pkg/buildTransitive/definitions/" + fileName, @"C:\Users\x\.nuget\packages\statuscodes.generators\1.0.0\buildTransitive\definitions\" + fileName })
        {
            var expected = DefinitionParser.Parse(path, text);
            var actual = PreParsedDefinitions.TryGet(path, text, DefinitionLimits.Default);

            Assert.NotNull(actual);
            Assert.NotNull(expected.Spec);
            Assert.Equal(expected.Spec, actual!.Spec);
            Assert.Equal(expected.SourceMaps, actual.SourceMaps);
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
            Assert.Equal(path, actual.Spec!.Path);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Any_other_text_is_left_to_the_parser(string fileName)
    {
        var text = TestPaths.ReadDefinition(fileName);
        var path = "/project/" + fileName;

        Assert.Null(PreParsedDefinitions.TryGet(path, text.Replace("\n", "\r\n"), DefinitionLimits.Default));
        Assert.Null(PreParsedDefinitions.TryGet(path, text + " ", DefinitionLimits.Default));
        Assert.Null(PreParsedDefinitions.TryGet(path, text.Substring(0, text.Length - 1) + "x", DefinitionLimits.Default));
        Assert.Null(PreParsedDefinitions.TryGet(path, string.Empty, DefinitionLimits.Default));
    }

    [Fact]
    public void Limits_other_than_the_defaults_are_left_to_the_parser()
    {
        var text = TestPaths.ReadDefinition("http.codes.yaml");
        var tight = DefinitionLimits.Default with { MaxCodesPerSet = 10 };

        Assert.Null(PreParsedDefinitions.TryGet("/project/http.codes.yaml", text, tight));
        Assert.NotNull(PreParsedDefinitions.TryGet("/project/http.codes.yaml", text, DefinitionLimits.Default with { }));
    }

    [Fact]
    public void A_generator_run_with_tight_limits_still_reports_the_built_in_file()
    {
        var text = TestPaths.ReadDefinition("http.codes.yaml");
        var properties = GeneratorRunner.DefaultProperties.ToDictionary(p => p.Key, p => p.Value);
        properties[DefinitionLimits.PropertyNames.MaxCodesPerSet] = "10";

        var run = GeneratorRunner.Run(new[] { ("/project/http.codes.yaml", text) }, properties: properties);

        Assert.Contains(run.Diagnostics, d => d.Id == "SCG0007" && d.Location.GetLineSpan().Path == "/project/http.codes.yaml");
    }
}

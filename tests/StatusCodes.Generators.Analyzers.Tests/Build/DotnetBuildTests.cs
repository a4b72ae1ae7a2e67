using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> of a small project that consumes the generator the way the sample
/// does (project reference as an analyzer, the package's props and targets): an unknown code must
/// fail the build with the rule's ID, and the code-fix assembly beside the analyzer must not
/// trouble the command-line compiler.
/// </summary>
public sealed class DotnetBuildTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scg-build-" + Guid.NewGuid().ToString("N"));

    public DotnetBuildTests() => Directory.CreateDirectory(_directory);

    [Fact]
    [Trait("Category", "Integration")]
    public void An_unknown_code_fails_the_build_with_the_rule_id()
    {
        var root = Metadata("RepositoryRoot");
        string Repo(string relative) => Path.GetFullPath(Path.Combine(root, relative));

        File.WriteAllText(Path.Combine(_directory, "BuildCheck.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Repo("src/StatusCodes.Generators/build/StatusCodes.Generators.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>BuildCheck</RootNamespace>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Repo("src/StatusCodes.Generators/StatusCodes.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Repo("src/StatusCodes.Generators.CodeFixes/StatusCodes.Generators.CodeFixes.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="{Repo("definitions/http.codes.yaml")}" />
              </ItemGroup>
              <Import Project="{Repo("src/StatusCodes.Generators/build/StatusCodes.Generators.targets")}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Uses.cs"), """
            namespace BuildCheck;

            internal static class Uses
            {
                public static HttpStatus Fine() => HttpStatus.NotFound;

                public static HttpStatus Unknown() => (HttpStatus)799;

                public static bool Never() => HttpStatusExtensions.IsDefined(799);
            }
            """);

        // Severity is configured like any analyzer's: this raises the always-false warning to an error.
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.SCG0403.severity = error
            """);

        var (exitCode, output) = Run("build", "--disable-build-servers", "-nologo", "-c", Metadata("Configuration"), Path.Combine(_directory, "BuildCheck.csproj"));

        Assert.True(exitCode != 0, "The build should fail:\n" + output);
        AssertOutput(output, o => o.Contains("Uses.cs(7,43): error SCG0401: 799 is not a HttpStatus code", StringComparison.Ordinal), "SCG0401 as an error");
        AssertOutput(output, o => o.Contains("Uses.cs(9,66): error SCG0403: IsDefined(799) is always false", StringComparison.Ordinal), "SCG0403 raised to an error");
        AssertOutput(output, o => !o.Contains("CS8032", StringComparison.Ordinal) && !o.Contains("CS9057", StringComparison.Ordinal), "no analyzer load problems");
        AssertOutput(output, o => !o.Contains(": warning ", StringComparison.Ordinal), "no warnings");
    }

    [Fact]
    [Trait("Category", "Integration")]
    public void A_gb18030_definition_file_fails_the_build_with_SCG0009_and_the_utf8_one_still_generates()
    {
        // The real compiler decides how an additional file is decoded; this pins what it hands the generator.
        var root = Metadata("RepositoryRoot");
        string Repo(string relative) => Path.GetFullPath(Path.Combine(root, relative));

        File.WriteAllText(Path.Combine(_directory, "EncodingCheck.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Repo("src/StatusCodes.Generators/build/StatusCodes.Generators.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>EncodingCheck</RootNamespace>
                <StatusCodesBuiltInSets>none</StatusCodesBuiltInSets>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Repo("src/StatusCodes.Generators/StatusCodes.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="*.codes.yaml" />
              </ItemGroup>
              <Import Project="{Repo("src/StatusCodes.Generators/build/StatusCodes.Generators.targets")}" />
            </Project>
            """);
        const string Cards = "locales: [en-US, zh-CN]\nsets:\n  - name: CardStatus\n    codes:\n      - code: 1001\n        name: CardDeclined\n        title: { en-US: Card declined, zh-CN: 银行卡被拒 }\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(_directory, "cards.codes.yaml"), Encoding.GetEncoding("GB18030").GetBytes(Cards));
        File.WriteAllText(Path.Combine(_directory, "utf8.codes.yaml"), Cards.Replace("CardStatus", "Utf8CardStatus", StringComparison.Ordinal), new UTF8Encoding(false));

        var (exitCode, output) = Run("build", "--disable-build-servers", "-nologo", "-c", Metadata("Configuration"), Path.Combine(_directory, "EncodingCheck.csproj"));

        Assert.True(exitCode != 0, "The build should fail:\n" + output);
        AssertOutput(output, o => o.Contains("cards.codes.yaml(7,47): error SCG0009: The file is not UTF-8: the bytes here are not valid UTF-8", StringComparison.Ordinal), "SCG0009 at the first undecodable byte");
        var generated = Directory.GetFiles(Path.Combine(_directory, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("EncodingCheck.Utf8CardStatus.g.cs", generated);
        Assert.DoesNotContain("EncodingCheck.CardStatus.g.cs", generated);
        var utf8 = File.ReadAllText(Directory.GetFiles(Path.Combine(_directory, "obj"), "EncodingCheck.Utf8CardStatus.g.cs", SearchOption.AllDirectories).Single());
        Assert.Contains("银行卡被拒", utf8, StringComparison.Ordinal);
    }

    /// <summary>
    /// A project with nothing for the package to work on (<c>StatusCodesBuiltInSets=none</c>, no
    /// definition file, no project reference with public sets, no other setting) gets neither the
    /// generator nor the analyzers in its compiler; anything for them to work on or to check keeps both.
    /// </summary>
    [Theory]
    [Trait("Category", "Integration")]
    [InlineData("", null, false, false)]
    [InlineData("<StatusCodesAlwaysLoad>true</StatusCodesAlwaysLoad>", null, false, true)]
    [InlineData("<StatusCodesLocales>en-US</StatusCodesLocales>", null, false, true)]
    [InlineData("<StatusCodesMaxDepth>12</StatusCodesMaxDepth>", null, false, true)]
    [InlineData("", "orders.codes.YML", false, true)]
    [InlineData("", "notes.yaml", false, false)]
    [InlineData("", null, true, true)]
    public void A_project_with_nothing_to_generate_loads_neither_the_generator_nor_the_analyzers(string properties, string? file, bool referencesPublicSets, bool loaded)
    {
        var items = string.Empty;
        if (referencesPublicSets)
        {
            Directory.CreateDirectory(Path.Combine(_directory, "Shared"));
            File.WriteAllText(Path.Combine(_directory, "Shared", "Shared.csproj"), Project("<StatusCodesBuiltInSets>HttpStatus</StatusCodesBuiltInSets><StatusCodesAccessibility>public</StatusCodesAccessibility>", string.Empty));
            items = """<ProjectReference Include="../Shared/Shared.csproj" />""";
        }

        Directory.CreateDirectory(Path.Combine(_directory, "App"));
        File.WriteAllText(Path.Combine(_directory, "App", "App.csproj"), Project("<StatusCodesBuiltInSets>none</StatusCodesBuiltInSets>" + properties, items));
        File.WriteAllText(Path.Combine(_directory, "App", "Uses.cs"), "internal static class Uses { }\n");
        if (file is not null)
        {
            File.WriteAllText(Path.Combine(_directory, "App", file), "locales: [en-US]\nsets:\n  - name: OrderStatus\n    codes:\n      - code: 1\n        name: Placed\n        title: { en-US: Placed }\n");
        }

        var (exitCode, output) = Run("msbuild", "-restore", "-t:Build", "-nologo", "-p:Configuration=" + Metadata("Configuration"), "-getItem:Analyzer", Path.Combine(_directory, "App", "App.csproj"));

        Assert.True(exitCode == 0, "The build should succeed:\n" + output);
        var names = AnalyzerNames(output);
        Assert.Contains("Microsoft.CodeAnalysis.NetAnalyzers", names);
        Assert.Equal(loaded, names.Contains("StatusCodes.Generators"));
        Assert.Equal(loaded, names.Contains("StatusCodes.Definitions"));
        Assert.Equal(loaded, names.Contains("StatusCodes.Analyzers"));
    }

    /// <summary>
    /// The targets tell the generator which project reference vouches for the project's sets (the
    /// same selection, locales and default locale, no definition file on either side, not a web
    /// project, no own copy asked for), and name none otherwise. When the targets can check the rest
    /// too (one such reference, from the same targets, compiled with every member, whose namespace it
    /// passed; no setting the generator would report), the compiler gets the analyzers without the
    /// generator and the targets' file. The project compiles against the referenced sets either way.
    /// </summary>
    [Theory]
    [Trait("Category", "Integration")]
    [InlineData("", "", "", "Shared", true)]
    [InlineData("<StatusCodesBuiltInSets>HttpStatus</StatusCodesBuiltInSets>", "<StatusCodesBuiltInSets>HttpStatus</StatusCodesBuiltInSets>", "", "Shared", true)]
    [InlineData("<RootNamespace>Contoso.Shared</RootNamespace>", "", "", "Shared", true)]
    [InlineData("<LangVersion>10</LangVersion>", "", "", "Shared", false)]
    [InlineData("<StatusCodesNamespace>Contoso.class</StatusCodesNamespace>", "", "", "Shared", true)]
    [InlineData("<RootNamespace>Contoso.Shäred</RootNamespace>", "", "", "Shared", false)]
    [InlineData("", "<StatusCodesMaxDepth>12</StatusCodesMaxDepth>", "", "Shared", false)]
    [InlineData("", "<StatusCodesLocales>en-US</StatusCodesLocales>", "", "", false)]
    [InlineData("<StatusCodesDefaultLocale>zh-TW</StatusCodesDefaultLocale>", "", "", "", false)]
    [InlineData("", "<StatusCodesOwnCopy>true</StatusCodesOwnCopy>", "", "", false)]
    [InlineData("", "", "shared", "", false)]
    [InlineData("", "", "lib", "", false)]
    public void A_project_reference_with_the_same_public_sets_vouches_for_them(string sharedSettings, string libSettings, string definitionFileIn, string vouched, bool withoutGenerator)
    {
        WriteSharedAndLib(sharedSettings, libSettings);
        if (definitionFileIn.Length > 0)
        {
            var folder = definitionFileIn == "shared" ? "Shared" : "Lib";
            File.WriteAllText(Path.Combine(_directory, folder, "orders.codes.yaml"), "locales: [en-US, zh-CN, zh-TW]\nsets:\n  - name: OrderStatus\n    codes:\n      - code: 1\n        name: Placed\n        title: { en-US: Placed, zh-CN: 已下单, zh-TW: 已下單 }\n");
        }

        var (exitCode, output) = Run("msbuild", "-restore", "-t:Build", "-nologo", "-p:Configuration=" + Metadata("Configuration"), "-getItem:Analyzer", Path.Combine(_directory, "Lib", "Lib.csproj"));

        Assert.True(exitCode == 0, "The build should succeed:\n" + output);
        var editorConfig = Directory.GetFiles(Path.Combine(_directory, "Lib", "obj"), "Lib.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single();
        var line = File.ReadAllLines(editorConfig).SingleOrDefault(l => l.StartsWith("build_property._StatusCodesVouchedProviders = ", StringComparison.Ordinal));
        Assert.Equal("build_property._StatusCodesVouchedProviders = " + vouched, line ?? "build_property._StatusCodesVouchedProviders = ");
        var analyzers = AnalyzerNames(output);
        Assert.Equal(withoutGenerator, !analyzers.Contains("StatusCodes.Generators"));
        Assert.Contains("StatusCodes.Analyzers", analyzers);
        Assert.Equal(withoutGenerator, File.Exists(TargetsFile()));
    }

    /// <summary>
    /// What the targets write for a project that leaves the generator out is what the generator
    /// writes for it (the global using of the shared project's namespace, the project's own namespace
    /// declared empty), but for the line that says who wrote it and the verbatim '@' of each name.
    /// </summary>
    [Fact]
    [Trait("Category", "Integration")]
    public void The_targets_write_what_the_generator_writes_for_a_vouched_project()
    {
        WriteSharedAndLib("<RootNamespace>Contoso.Shared</RootNamespace>", "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        var lib = Path.Combine(_directory, "Lib", "Lib.csproj");

        var (exitCode, output) = Run("build", "--disable-build-servers", "-nologo", "-c", Metadata("Configuration"), lib);
        Assert.True(exitCode == 0, "The build should succeed:\n" + output);
        var written = File.ReadAllLines(TargetsFile());
        var generatedFolder = Path.Combine(_directory, "Lib", "obj", Metadata("Configuration"), "net10.0", "generated", "StatusCodes.Generators", "StatusCodes.Generators.StatusCodesGenerator");
        Assert.False(Directory.Exists(generatedFolder), "The generator should not have run:\n" + output);

        (exitCode, output) = Run("build", "--disable-build-servers", "-nologo", "-c", Metadata("Configuration"), "--no-incremental", "-p:_StatusCodesKeepGenerator=true", lib);
        Assert.True(exitCode == 0, "The build with the generator should succeed:\n" + output);
        var generated = File.ReadAllLines(Path.Combine(generatedFolder, "StatusCodes.ReferencedSets.g.cs"));

        Assert.Equal("// Written by the StatusCodes.Generators package's targets. Do not edit.", written[1]);
        Assert.Equal("// Generated by StatusCodes.Generators from the project's status-code definitions. Do not edit.", generated[1]);
        Assert.Contains("global using global::@Contoso.@Shared;", written);
        Assert.Equal(
            string.Join("\n", generated.Where((_, i) => i != 1)),
            string.Join("\n", written.Where((_, i) => i != 1)).Replace("@", string.Empty, StringComparison.Ordinal));
    }

    private void WriteSharedAndLib(string sharedSettings, string libSettings)
    {
        foreach (var name in new[] { "Shared", "Lib" })
        {
            Directory.CreateDirectory(Path.Combine(_directory, name));
        }

        File.WriteAllText(Path.Combine(_directory, "Shared", "Shared.csproj"), Project("<StatusCodesAccessibility>public</StatusCodesAccessibility>" + sharedSettings, string.Empty));
        File.WriteAllText(Path.Combine(_directory, "Lib", "Lib.csproj"), Project(libSettings, """<ProjectReference Include="../Shared/Shared.csproj" />"""));
        File.WriteAllText(Path.Combine(_directory, "Lib", "Uses.cs"), "namespace Lib;\n\ninternal static class Uses\n{\n    public static string Title() => HttpStatus.NotFound.GetTitle();\n}\n");
    }

    private string TargetsFile() => Path.Combine(_directory, "Lib", "obj", Metadata("Configuration"), "net10.0", "StatusCodes.ReferencedSets.g.cs");

    private static System.Collections.Generic.List<string?> AnalyzerNames(string output)
        => System.Text.Json.JsonDocument.Parse(output.Substring(output.IndexOf('{', StringComparison.Ordinal))).RootElement
            .GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(a => a.GetProperty("Filename").GetString())
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A net10.0 project that consumes the repository's generator as the package does (its props and targets, the built-in definitions).</summary>
    private static string Project(string settings, string items)
    {
        var root = Metadata("RepositoryRoot");
        string Repo(string relative) => Path.GetFullPath(Path.Combine(root, relative));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Repo("src/StatusCodes.Generators/build/StatusCodes.Generators.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <StatusCodesBuiltInDefinitionsDirectory>{Repo("definitions")}/</StatusCodesBuiltInDefinitionsDirectory>
                {settings}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Repo("src/StatusCodes.Generators/StatusCodes.Generators.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                {items}
              </ItemGroup>
              <Import Project="{Repo("src/StatusCodes.Generators/build/StatusCodes.Generators.targets")}" />
            </Project>
            """;
    }

    private static void AssertOutput(string output, Func<string, bool> condition, string what)
        => Assert.True(condition(output), "Expected " + what + " in the build output:\n" + output);

    private static string Metadata(string key)
        => typeof(DotnetBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's and the test platform's variables; the child build must not inherit them.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal) || k.StartsWith("VSTEST", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(8).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build did not finish in 8 minutes:\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}

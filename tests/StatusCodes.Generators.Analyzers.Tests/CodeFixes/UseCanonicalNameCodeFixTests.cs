using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using StatusCodes.Generators.CodeFixes;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.CodeFixes;

/// <summary>Older names written on the enum become the canonical names: CS0117 before C# 14, CS0618 from C# 14.</summary>
public sealed class UseCanonicalNameCodeFixTests
{
    private const string Source = """
        using Contoso;

        class C
        {
            HttpStatus A = HttpStatus.Redirect;
            HttpStatus B = Contoso.HttpStatus.UnprocessableEntity /* kept */;
            HttpStatus C2 = HttpStatus.NotFound;
        }
        """;

    private const string Fixed = """
        using Contoso;

        class C
        {
            HttpStatus A = HttpStatus.Found;
            HttpStatus B = Contoso.HttpStatus.UnprocessableContent /* kept */;
            HttpStatus C2 = HttpStatus.NotFound;
        }
        """;

    [Fact]
    public async Task Before_csharp_14_the_missing_member_error_is_fixed_to_the_canonical_name()
    {
        var runner = CodeFixRunner.For(Source, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp13));
        var provider = new UseCanonicalNameCodeFixProvider();

        Assert.Equal(new[] { "Use HttpStatus.Found", "Use HttpStatus.UnprocessableContent" }, await runner.CompilerFixTitlesAsync(provider, "CS0117"));
        Assert.Equal(Fixed, await runner.FixAllCompilerAsync(provider, "CS0117", UseCanonicalNameCodeFixProvider.EquivalenceKey));
    }

    [Fact]
    public async Task From_csharp_14_the_obsolete_warning_is_fixed_to_the_canonical_name()
    {
        var runner = CodeFixRunner.For(Source, parseOptions: new CSharpParseOptions(LanguageVersion.Preview));
        var provider = new UseCanonicalNameCodeFixProvider();

        Assert.Empty(await runner.CompilerDiagnosticsAsync("CS0117"));
        Assert.Equal(new[] { "Use HttpStatus.Found", "Use HttpStatus.UnprocessableContent" }, await runner.CompilerFixTitlesAsync(provider, "CS0618"));
        Assert.Equal(Fixed, await runner.FixAllCompilerAsync(provider, "CS0618", UseCanonicalNameCodeFixProvider.EquivalenceKey));
    }

    [Fact]
    public async Task Other_missing_members_and_other_obsolete_members_get_no_fix()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                HttpStatus A = HttpStatus.Nonexistent;
                System.Net.HttpStatusCode B = System.Net.HttpStatusCode.Moved;
                HttpStatus D = HttpStatus.UseProxy;
            }
            """, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp13));
        var provider = new UseCanonicalNameCodeFixProvider();

        Assert.Single(await runner.CompilerDiagnosticsAsync("CS0117"));
        Assert.Empty(await runner.CompilerFixTitlesAsync(provider, "CS0117"));
        Assert.Single(await runner.CompilerDiagnosticsAsync("CS0618"));
        Assert.Empty(await runner.CompilerFixTitlesAsync(provider, "CS0618"));
    }
}

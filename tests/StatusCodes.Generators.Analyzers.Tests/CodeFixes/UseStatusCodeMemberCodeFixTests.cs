using System.Threading.Tasks;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.CodeFixes;

/// <summary>The code fix writes the named member, applied through a workspace.</summary>
public sealed class UseStatusCodeMemberCodeFixTests
{
    [Fact]
    public async Task A_cast_literal_that_is_a_code_becomes_the_member()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                HttpStatus M() => (HttpStatus)404;
            }
            """);

        Assert.Equal(new[] { "Use HttpStatus.NotFound" }, await runner.TitlesAsync("SCG0405"));
        Assert.Equal(
            """
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatus.NotFound;
            }
            """,
            await runner.ApplyAsync("SCG0405", "Use HttpStatus.NotFound"));
    }

    [Fact]
    public async Task The_member_is_qualified_as_far_as_the_file_needs_and_trivia_stays()
    {
        var runner = CodeFixRunner.For("""
            class C
            {
                Contoso.HttpStatus M() => /* before */ (Contoso.HttpStatus)422 /* after */;
            }
            """);

        Assert.Equal(
            """
            class C
            {
                Contoso.HttpStatus M() => /* before */ Contoso.HttpStatus.UnprocessableContent /* after */;
            }
            """,
            await runner.ApplyAsync("SCG0405", "Use HttpStatus.UnprocessableContent"));
    }

    [Fact]
    public async Task A_nullable_cast_keeps_its_cast_where_it_matters()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                void M()
                {
                    var status = (HttpStatus?)404;
                    status = null;
                }
            }
            """);

        Assert.Equal(
            """
            using Contoso;

            class C
            {
                void M()
                {
                    var status = (HttpStatus?)HttpStatus.NotFound;
                    status = null;
                }
            }
            """,
            await runner.ApplyAsync("SCG0405", "Use HttpStatus.NotFound"));
    }

    [Fact]
    public async Task An_implicit_zero_becomes_the_member()
    {
        var runner = CodeFixRunner.For(
            """
            using Contoso;

            class C
            {
                ProbeStatus Status = 0;
            }
            """,
            http: false,
            yaml: new[] { TestSources.ProbeYaml });

        Assert.Equal(
            """
            using Contoso;

            class C
            {
                ProbeStatus Status = ProbeStatus.Ok;
            }
            """,
            await runner.ApplyAsync("SCG0405", "Use ProbeStatus.Ok"));
    }

    [Fact]
    public async Task An_unknown_code_offers_each_suggested_member()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                HttpStatus M() => (HttpStatus)799;
            }
            """);

        Assert.Equal(
            new[] { "Use HttpStatus.NetworkAuthenticationRequired (511)", "Use HttpStatus.BandwidthLimitExceeded (509)" },
            await runner.TitlesAsync("SCG0401"));
        Assert.Equal(
            """
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatus.BandwidthLimitExceeded;
            }
            """,
            await runner.ApplyAsync("SCG0401", "Use HttpStatus.BandwidthLimitExceeded (509)"));
    }

    [Fact]
    public async Task FromCode_with_an_unknown_code_is_replaced_by_a_suggested_member()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatusExtensions.FromCode(420);
            }
            """);

        Assert.Equal(
            new[] { "Use HttpStatus.MisdirectedRequest (421)", "Use HttpStatus.UnprocessableContent (422)" },
            await runner.TitlesAsync("SCG0402"));
        Assert.Equal(
            """
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatus.MisdirectedRequest;
            }
            """,
            await runner.ApplyAsync("SCG0402", "Use HttpStatus.MisdirectedRequest (421)"));
    }

    [Fact]
    public async Task FromCode_with_a_literal_code_becomes_the_member()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatusExtensions.FromCode(404);
            }
            """);

        Assert.Equal(
            """
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatus.NotFound;
            }
            """,
            await runner.ApplyAsync("SCG0405", "Use HttpStatus.NotFound"));
    }

    [Fact]
    public async Task Fix_all_writes_every_literal_as_its_member()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                HttpStatus A = (HttpStatus)200;
                HttpStatus B = (HttpStatus)404;
                HttpStatus? D = (HttpStatus?)500;
            }
            """);

        Assert.Equal(
            """
            using Contoso;

            class C
            {
                HttpStatus A = HttpStatus.OK;
                HttpStatus B = HttpStatus.NotFound;
                HttpStatus? D = (HttpStatus?)HttpStatus.InternalServerError;
            }
            """,
            await runner.FixAllAsync("SCG0405", "SCG0405"));
    }

    [Fact]
    public async Task A_type_of_the_same_name_in_scope_keeps_the_member_qualified()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            namespace App
            {
                class HttpStatus { }

                class C
                {
                    Contoso.HttpStatus M() => (Contoso.HttpStatus)404;
                }
            }
            """);

        Assert.Equal(
            """
            using Contoso;

            namespace App
            {
                class HttpStatus { }

                class C
                {
                    Contoso.HttpStatus M() => Contoso.HttpStatus.NotFound;
                }
            }
            """,
            await runner.ApplyAsync("SCG0405", "Use HttpStatus.NotFound"));
    }

    [Fact]
    public async Task Named_constants_and_obsolete_only_codes_get_no_named_member_hint()
    {
        var runner = CodeFixRunner.For("""
            using Contoso;

            class C
            {
                const int NotFound = 404;
                HttpStatus A = (HttpStatus)NotFound;
                HttpStatus B = (HttpStatus)418;
            }
            """);

        Assert.Empty(await runner.DiagnosticsAsync("SCG0405"));
    }
}

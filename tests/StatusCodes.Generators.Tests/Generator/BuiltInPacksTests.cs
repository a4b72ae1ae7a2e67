using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// The opt-in built-in definitions: the vendor packs that extend HttpStatus (HttpStatus.Nginx,
/// HttpStatus.Cloudflare, HttpStatus.Iis, HttpStatus.AwsElb) and the set GrpcStatus, chosen by name in
/// StatusCodesBuiltInSets next to 'all' or to set names, and the HTTP → gRPC mapping.
/// </summary>
public sealed class BuiltInPacksTests
{
    private static readonly (string Path, string Text)[] Files = TestDefinitions.EveryBuiltInFile;

    private static readonly string[] Nginx = { "ConnectionClosedWithoutResponse = 444,", "RequestHeaderTooLarge = 494,", "SslCertificateError = 495,", "SslCertificateRequired = 496,", "HttpRequestSentToHttpsPort = 497," };

    private static readonly (int Http, string Grpc)[] Mapping =
    {
        (400, "Internal"), (401, "Unauthenticated"), (403, "PermissionDenied"), (404, "Unimplemented"),
        (429, "Unavailable"), (502, "Unavailable"), (503, "Unavailable"), (504, "Unavailable"),
        (200, "Unknown"), (201, "Unknown"), (409, "Unknown"), (500, "Unknown"), (501, "Unknown"), (444, "Unknown"), (799, "Unknown"), (0, "Unknown"),
    };

    [Theory]
    [InlineData(null)]
    [InlineData("all")]
    public void All_leaves_the_packs_and_GrpcStatus_out_so_the_default_build_does_not_change(string? value)
    {
        var every = Run(Files, value);
        var before = Run(TestDefinitions.BuiltIn, value);

        Assert.Empty(every.Diagnostics);
        every.AssertSameFiles(before);
        Assert.DoesNotContain(" = 444,\n", every.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("<c>444</c>", every.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_named_next_to_all_adds_its_codes_to_HttpStatus_and_nothing_else()
    {
        var run = Run(Files, "all;HttpStatus.Nginx");
        var all = Run(Files, "all");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(all.HintNames.OrderBy(h => h, System.StringComparer.Ordinal), run.HintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        var http = run.Source("TestProject.HttpStatus.g.cs");
        Assert.All(Nginx, member => Assert.Contains(member, http, System.StringComparison.Ordinal));
        Assert.DoesNotContain("= 520,", http, System.StringComparison.Ordinal);
        Assert.Equal(all.Source("TestProject.PingProbeStatus.g.cs"), run.Source("TestProject.PingProbeStatus.g.cs"));
    }

    [Fact]
    public void Snapshot_HttpStatus_with_the_nginx_pack()
    {
        var run = Run(Files, "all;HttpStatus.Nginx");

        Snapshot.Verify(run.Source("TestProject.HttpStatus.g.cs"), "Packs.HttpStatus.Nginx");
    }

    [Fact]
    public void A_pack_alone_brings_the_set_it_extends()
    {
        var run = Run(Files, "HttpStatus.Cloudflare");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(new[] { "TestProject.HttpStatus.g.cs", "TestProject.StatusCodeTables.g.cs", "TestProject.StatusLocale.g.cs" }, run.PrimaryHintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        var http = run.Source("TestProject.HttpStatus.g.cs");
        foreach (var code in new[] { 520, 521, 522, 523, 524, 525, 526, 530 })
        {
            Assert.Contains(" = " + code.ToString(CultureInfo.InvariantCulture) + ",", http, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_pack_and_GrpcStatus_together_generate_warning_free_code_with_each_code_where_its_vendor_put_it()
    {
        const string use = """
            using TestProject;
            public static class Use
            {
                public static string Run() => string.Join("|",
                    ((HttpStatus)444).GetTitle(StatusLocale.ZhTW),
                    HttpStatus.ConnectionClosedWithoutResponse.GetReasonPhrase(),
                    ((HttpStatus)520).ToStringFast(),
                    HttpStatus.LoginTimeOut.GetTitle(StatusLocale.ZhCN),
                    ((HttpStatus)463).GetTitle(StatusLocale.EnUS),
                    ((HttpStatus)561).IsServerError().ToString(),
                    HttpStatusExtensions.TryParse("SslHandshakeFailed", out var parsed) ? ((int)parsed).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-",
                    GrpcStatus.NotFound.GetReasonPhrase(),
                    GrpcStatusExtensions.FromCode(16).ToStringFast(),
                    GrpcStatus.DeadlineExceeded.GetTitle(StatusLocale.ZhTW));
            }
            """;
        var run = Run(Files, "all;HttpStatus.Nginx;HttpStatus.Cloudflare;HttpStatus.Iis;HttpStatus.AwsElb;GrpcStatus", use);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(
            "連線已關閉且無回應|Connection Closed Without Response|WebServerReturnedUnknownError|登录超时|Too many X-Forwarded-For addresses|True|525|NOT_FOUND|Unauthenticated|超過截止時間",
            GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void GrpcStatus_is_opt_in_and_named_next_to_all_or_alone()
    {
        var withAll = Run(Files, "all;GrpcStatus");
        var alone = Run(Files, "grpcstatus");

        Assert.Empty(withAll.Diagnostics);
        Assert.Contains("TestProject.GrpcStatus.g.cs", withAll.PrimaryHintNames);
        Assert.Contains("TestProject.HttpStatus.Grpc.g.cs", withAll.HintNames);
        Assert.Empty(alone.Diagnostics);
        Assert.Equal(new[] { "TestProject.GrpcStatus.g.cs", "TestProject.StatusCodeTables.g.cs", "TestProject.StatusLocale.g.cs" }, alone.PrimaryHintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.DoesNotContain("TestProject.HttpStatus.Grpc.g.cs", alone.HintNames);
        Assert.DoesNotContain("TestProject.HttpStatus.Grpc.g.cs", Run(Files, "all").HintNames);
    }

    [Fact]
    public void Only_the_selected_sets_ask_the_compilation_for_their_conversion_targets()
    {
        // GrpcStatus asks for Grpc.Core.StatusCode, which no framework has: looking it up reads every
        // reference's metadata, so a project that leaves GrpcStatus out must not ask. HttpStatus's
        // System.Net.HttpStatusCode is answered from the framework without a lookup.
        Assert.Equal(new[] { "System.Net.HttpStatusCode" }, ConversionRequests(Run(Files, null)));
        Assert.Equal(new[] { "System.Net.HttpStatusCode" }, ConversionRequests(Run(Files, "all;HttpStatus.Nginx")));
        Assert.Equal(new[] { "Grpc.Core.StatusCode", "System.Net.HttpStatusCode" }, ConversionRequests(Run(Files, "all;GrpcStatus")));
        Assert.Equal(new[] { "Grpc.Core.StatusCode" }, ConversionRequests(Run(Files, "GrpcStatus")));
        Assert.Empty(ConversionRequests(Run(Files, "none")));
    }

    [Fact]
    public void Snapshot_GrpcStatus_and_the_mapping()
    {
        var run = Run(Files, "all;GrpcStatus");

        Snapshot.Verify(run.Source("TestProject.GrpcStatus.g.cs"), "Packs.GrpcStatus");
        Snapshot.Verify(run.Source("TestProject.HttpStatus.Grpc.g.cs"), "Packs.HttpStatus.Grpc");
    }

    [Fact]
    public void ToGrpcStatus_follows_the_grpc_projects_table_for_every_mapped_code_and_gives_Unknown_otherwise()
    {
        var calls = string.Join(", ", Mapping.Select(m => "((HttpStatus)" + m.Http.ToString(CultureInfo.InvariantCulture) + ").ToGrpcStatus().ToStringFast()"));
        var use = "using TestProject; public static class Use { public static string Run() => string.Join(\"|\", " + calls + "); }";
        var run = Run(Files, "all;GrpcStatus;HttpStatus.Nginx", use);

        Assert.Empty(run.CompilationProblems);
        Assert.Equal(string.Join("|", Mapping.Select(m => m.Grpc)), GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void Without_Grpc_Core_Api_GrpcStatus_has_no_interop_and_no_finding()
    {
        var run = Run(Files, "all;GrpcStatus");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("TestProject.GrpcStatus.Interop.g.cs", run.HintNames);
    }

    [Fact]
    public void With_Grpc_Core_StatusCode_present_GrpcStatus_converts_to_and_from_it()
    {
        // The shape of Grpc.Core.Api's enum; the integration tests use the real package.
        const string use = """
            using TestProject;
            namespace Grpc.Core { public enum StatusCode { OK = 0, Cancelled = 1, Unknown = 2, NotFound = 5, Unauthenticated = 16 } }
            public static class Use
            {
                public static string Run() => string.Join("|",
                    GrpcStatus.NotFound.ToStatusCode().ToString(),
                    GrpcStatusExtensions.FromStatusCode(Grpc.Core.StatusCode.Unauthenticated).ToStringFast(),
                    Grpc.Core.StatusCode.Cancelled.GetTitle(StatusLocale.ZhCN));
            }
            """;
        var run = Run(Files, "GrpcStatus", use);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("TestProject.GrpcStatus.Interop.g.cs", run.HintNames);
        Assert.Equal("NotFound|Unauthenticated|已取消", GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void SCG0305_an_unknown_pack_name_is_a_warning_that_lists_the_sets_and_packs()
    {
        var run = Run(Files, "all;HttpStatus.Nginxx");

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0305", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Location.None, warning.Location);
        Assert.Equal(
            "StatusCodesBuiltInSets names 'HttpStatus.Nginxx', which is not a built-in set; it is ignored. Use 'all', 'none', or names from: GrpcStatus, HttpStatus, HttpProbeStatus, PingProbeStatus, TcpProbeStatus, UdpProbeStatus, DnsProbeStatus, SmtpProbeStatus, Pop3ProbeStatus, FtpProbeStatus, HttpStatus.AwsElb, HttpStatus.Cloudflare, HttpStatus.Iis, HttpStatus.Nginx.",
            warning.GetMessage(CultureInfo.InvariantCulture));
        Run(Files, "all").AssertSameFiles(run);
    }

    [Fact]
    public void A_pack_extends_a_project_set_that_replaces_HttpStatus()
    {
        const string own = "locales: [en-US, zh-CN, zh-TW]\nsets:\n  - name: HttpStatus\n    codes:\n      - { code: 200, name: OK, title: { en-US: OK, zh-CN: 成功, zh-TW: 成功 } }\n";
        var run = Run(Files.Append(("/p/http.codes.yaml", own)), "HttpStatus;HttpStatus.Iis");

        Assert.Equal("SCG0304", Assert.Single(run.Diagnostics).Id);
        var http = run.Source("TestProject.HttpStatus.g.cs");
        Assert.Contains("LoginTimeOut = 440,", http, System.StringComparison.Ordinal);
        Assert.DoesNotContain("NotFound", http, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void In_a_project_file_opt_in_and_pack_change_nothing()
    {
        const string project = """
            locales: [en-US]
            sets:
              - name: JobStatus
                opt-in: true
                codes:
                  - { code: 1, name: Queued, title: Queued }
              - extend: JobStatus
                pack: Extra
                codes:
                  - { code: 2, name: Done, title: Done }
            """;
        var run = GeneratorRunner.Run(new[] { ("/p/jobs.codes.yaml", project) });

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Done = 2,", run.Source("TestProject.JobStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_mapping_needs_a_GrpcStatus_with_the_members_it_returns()
    {
        const string own = "locales: [en-US]\nsets:\n  - name: GrpcStatus\n    codes:\n      - { code: 0, name: OK, title: OK }\n";
        var run = Run(Files.Append(("/p/grpc.codes.yaml", own)), "all");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("TestProject.GrpcStatus.g.cs", run.HintNames);
        Assert.DoesNotContain("TestProject.HttpStatus.Grpc.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("    pack: Nginx x\n", "SCG0101", 5, 10, "'Nginx x' is not a valid C# identifier for a pack name. Use a name such as 'NginxX'.")]
    [InlineData("    pack: [Nginx]\n", "SCG0004", 5, 10, "The value of 'pack' must be a text, but it is a list.")]
    public void A_bad_pack_name_is_reported_where_it_is_written(string packLine, string id, int line, int column, string message)
    {
        var text = "locales: [en-US]\nsets:\n  - name: A\n    codes: [{ code: 1, name: One, title: One }]\n  - extend: A\n" + packLine + "    codes:\n      - { code: 2, name: Two, title: Two }\n";
        var result = StatusCodes.Definitions.Schema.DefinitionParser.Parse("/p/a.codes.yaml", text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Location!.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Empty(result.Spec!.Extensions);
    }

    [Fact]
    public void An_opt_in_that_is_not_true_or_false_is_reported_where_it_is_written()
    {
        const string text = "locales: [en-US]\nsets:\n  - name: A\n    opt-in: yes\n    codes: [{ code: 1, name: One, title: One }]\n";
        var result = StatusCodes.Definitions.Schema.DefinitionParser.Parse("/p/a.codes.yaml", text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SCG0004", diagnostic.Id);
        Assert.Equal((3, 12), (diagnostic.Location!.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal("The value of 'opt-in' must be true or false, but it is the text 'yes'.", diagnostic.GetMessage());
        Assert.False(result.Spec!.Sets[0].IsOptIn);
    }

    [Theory]
    [InlineData("all;GrpcStatus", true, "GrpcStatus")]
    [InlineData("GrpcStatus;ALL", true, "GrpcStatus")]
    [InlineData("all,HttpStatus.Nginx,all", true, "HttpStatus.Nginx")]
    public void All_may_stand_next_to_other_names(string value, bool all, string names)
    {
        var selection = BuiltInSelection.Parse(value);

        Assert.Equal(all, selection.IncludeAll);
        Assert.Equal(names, string.Join("|", selection.Names));
    }

    /// <summary>The type names the ConversionRequests step asked the compilation about.</summary>
    private static IEnumerable<string> ConversionRequests(GeneratorRun run)
    {
        var boxed = run.Result.Results.Single().TrackedSteps[TrackingNames.ConversionRequests].Single().Outputs[0].Value;
        return (IEnumerable<string>)boxed.GetType().GetProperty("Value")!.GetValue(boxed)!;
    }

    private static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string? builtInSets, string source = "")
    {
        var list = files.ToList();
        var properties = new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace };
        if (builtInSets is not null)
        {
            properties["StatusCodesBuiltInSets"] = builtInSets;
        }

        return GeneratorRunner.Run(list, source, properties, builtInPaths: list.Where(f => f.Path.StartsWith("/defs/", System.StringComparison.Ordinal)).Select(f => f.Path));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using StatusCodes.Generators.Tests.Reliability;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// The code every set shares is emitted once per compilation, in the project's namespace:
/// <c>StatusCodeCollection&lt;T&gt;</c> and <c>StatusCodeTables</c>. Its names must not clash with a
/// set or with the user's own types, and it must serve sets of any namespace, layout and language version.
/// </summary>
public sealed class SharedHelpersTests
{
    private const string PaymentsPath = "/p/payments.codes.yaml";
    private const string ShippingPath = "/p/shipping.codes.yaml";

    private const string Payments = """
        namespace: Contoso.Payments
        locales: [en-US, zh-CN]
        sets:
          - name: PaymentStatus
            codes:
              - { code: 1000, name: Approved, title: { en-US: Approved, zh-CN: 已批准 }, tags: [Final] }
              - { code: 1001, name: Declined, title: { en-US: Declined, zh-CN: 已拒绝 }, tags: [Final] }
              - { code: 1005, name: Pending, title: { en-US: Pending, zh-CN: 待处理 } }
            tags:
              - { name: Final, title: { en-US: Final, zh-CN: 最终 } }
        """;

    // Codes far apart: the sparse layout, which has no per-code tables.
    private const string Shipping = """
        namespace: Contoso.Shipping
        locales: [en-US, zh-CN]
        sets:
          - name: ShipmentStatus
            codes:
              - { code: 1, name: Created, title: { en-US: Created, zh-CN: 已创建 } }
              - { code: 2000000000, name: Delivered, title: { en-US: Delivered, zh-CN: 已送达 } }
        """;

    // The user's own types take the shared names in a set's namespace and in the global one; the
    // generated code names its own with global::TestProject, so neither is ambiguous.
    private const string Use = """
        using System;
        using System.Linq;
        using Contoso.Payments;
        using Contoso.Shipping;

        namespace Contoso.Payments
        {
            public sealed class StatusCodeTables { }

            public readonly struct StatusCodeCollection<T> { }
        }

        public static class StatusCodeTables { }

        namespace TestProject
        {
            public static class Use
            {
                public static string Run()
                {
                    TestProject.StatusCodeCollection<PaymentStatus> values = PaymentStatusExtensions.GetValues();
                    TestProject.StatusCodeCollection<string> names = ShipmentStatusExtensions.GetNames();
                    var empty = default(TestProject.StatusCodeCollection<ShipmentStatus>);
                    int emptyItems = 0;
                    foreach (var item in empty)
                    {
                        emptyItems++;
                    }

                    int sum = 0;
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    for (int i = 0; i < 100; i++)
                    {
                        foreach (var value in PaymentStatusExtensions.GetValues())
                        {
                            sum += (int)value;
                        }

                        foreach (var name in ShipmentStatusExtensions.GetNames())
                        {
                            sum += name.Length;
                        }
                    }

                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    return string.Join("|",
                        string.Join(",", values),
                        values.Count,
                        values[2],
                        string.Join(",", names),
                        string.Join(",", ShipmentStatusExtensions.GetValues().Select(v => (int)v)),
                        string.Join(",", PaymentStatusExtensions.GetFinalValues()),
                        empty.Count,
                        emptyItems,
                        sum,
                        allocated,
                        PaymentStatus.Pending.GetTitle(TestProject.StatusLocale.ZhCN),
                        ((PaymentStatus)1003).GetTitle(TestProject.StatusLocale.EnUS).Length,
                        PaymentStatusExtensions.TryParse(" 1005 ", out var parsed) ? parsed.ToStringFast() : "no",
                        ShipmentStatusExtensions.TryParse("-5", out _),
                        ShipmentStatusExtensions.TryParse("+2000000000", out var delivered) ? delivered.GetTitle(TestProject.StatusLocale.ZhCN) : "no");
                }
            }
        }
        """;

    [Fact]
    public void Sets_in_two_namespaces_share_one_file_whose_names_clash_with_no_user_type()
    {
        var run = GeneratorRunner.Run(new[] { (PaymentsPath, Payments), (ShippingPath, Shipping) }, Use);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Single(run.HintNames, h => h.Contains("StatusCodeTables", StringComparison.Ordinal));
        Assert.Contains("TestProject.StatusCodeTables.g.cs", run.HintNames);
        foreach (var set in new[] { "Contoso.Payments.PaymentStatus.g.cs", "Contoso.Shipping.ShipmentStatus.g.cs" })
        {
            var source = run.Source(set);
            Assert.DoesNotContain("struct", source, StringComparison.Ordinal);
            Assert.DoesNotContain("TryParseNumber(global::System.ReadOnlySpan<char> text", source, StringComparison.Ordinal);
            Assert.Contains("global::TestProject.StatusCodeTables.TryParseNumber(text, out code)", source, StringComparison.Ordinal);
        }

        var getValues = (IMethodSymbol)run.Output.GetTypeByMetadataName("Contoso.Payments.PaymentStatusExtensions")!.GetMembers("GetValues").Single();
        Assert.Equal("TestProject.StatusCodeCollection<Contoso.Payments.PaymentStatus>", getValues.ReturnType.ToDisplayString());
        Assert.Equal(
            "Approved,Declined,Pending|3|Pending|Created,Delivered|1,2000000000|Approved,Declined|0|0|302200|0|待处理|0|Pending|False|已送达",
            GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void The_shared_file_holds_only_what_the_sets_and_the_language_need()
    {
        var sparseOnly = GeneratorRunner.Run(new[] { (ShippingPath, Shipping) });
        var withDirect = GeneratorRunner.Run(new[] { (PaymentsPath, Payments) });
        var csharp10 = GeneratorRunner.Run(new[] { (PaymentsPath, Payments) }, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp10));

        var sparse = sparseOnly.Source("TestProject.StatusCodeTables.g.cs");
        Assert.DoesNotContain(" ByCode(", sparse, StringComparison.Ordinal);
        Assert.Contains("internal static string[] Decode(global::System.ReadOnlySpan<byte> texts", sparse, StringComparison.Ordinal);
        Assert.Contains(" ByCode(", withDirect.Source("TestProject.StatusCodeTables.g.cs"), StringComparison.Ordinal);
        var noUtf8 = csharp10.Source("TestProject.StatusCodeTables.g.cs");
        Assert.DoesNotContain(" Decode(", noUtf8, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadOnlySpan<byte>", noUtf8, StringComparison.Ordinal);
        Assert.Contains("internal static bool TryParseNumber(global::System.ReadOnlySpan<char> text, out int code)", noUtf8, StringComparison.Ordinal);
        Assert.Contains("internal readonly struct StatusCodeCollection<T>", noUtf8, StringComparison.Ordinal);
        foreach (var run in new[] { sparseOnly, withDirect, csharp10 })
        {
            Assert.Empty(run.Diagnostics);
            Assert.Empty(run.CompilationProblems);
        }
    }

    [Fact]
    public void Public_sets_make_the_collection_public_and_keep_the_helpers_internal()
    {
        var run = GeneratorRunner.Run(new[] { (PaymentsPath, Payments) }, properties: new Dictionary<string, string> { ["RootNamespace"] = "TestProject", ["StatusCodesAccessibility"] = "public" });

        Assert.Empty(run.CompilationProblems);
        Assert.Equal(Accessibility.Public, run.Output.GetTypeByMetadataName("TestProject.StatusCodeCollection`1")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, run.Output.GetTypeByMetadataName("TestProject.StatusCodeTables")!.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("StatusCodeTables", "the generated helper class StatusCodeTables")]
    [InlineData("StatusCodeCollection", "the generated collection type StatusCodeCollection<T>")]
    [InlineData("StatusCodeJsonConverter", "the generated JSON converter base StatusCodeJsonConverter<T>")]
    public void A_set_in_the_project_namespace_named_like_a_shared_type_is_a_reserved_name(string name, string owner)
    {
        var yaml = "locales: [en-US]\nsets:\n  - name: Plain\n    codes:\n      - { code: 1, name: One, title: t }\n  - name: " + name + "\n    codes:\n      - { code: 1, name: One, title: t }\n";
        var run = GeneratorRunner.Run(new[] { ("/p/plain.codes.yaml", yaml) });

        var diagnostic = LocatedDiagnostics.SingleAt(run.Diagnostics, "SCG0109", "/p/plain.codes.yaml", 6, 11);
        Assert.Contains(owner, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("TestProject.Plain.g.cs", run.HintNames);
    }

    [Fact]
    public void A_set_named_like_a_shared_type_in_another_namespace_is_generated()
    {
        var yaml = "namespace: Contoso\nlocales: [en-US]\nsets:\n  - name: StatusCodeTables\n    codes:\n      - { code: 1, name: One, title: t }\n";
        const string use = """
            using Contoso;

            public static class Use
            {
                public static string Run() => string.Join(",", Contoso.StatusCodeTablesExtensions.GetNames()) + "|" + Contoso.StatusCodeTables.One.GetTitle();
            }
            """;
        var run = GeneratorRunner.Run(new[] { ("/p/tables.codes.yaml", yaml) }, use);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("One|t", GeneratedAssembly.RunUse(run.Output));
    }
}

using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// Older names (<c>aliases</c>) are not enum members; they live as constants in
/// <c>OlderNames</c>, and from C# 14 as static extension members of the enum.
/// </summary>
public sealed class OlderNamesTests
{
    private const string SetFile = "TestProject.PaymentStatus.g.cs";

    private static readonly (string, string)[] Payments = { (TestDefinitions.PaymentsPath, TestDefinitions.Payments.Replace("namespace: Contoso.Payments      # optional\n", string.Empty, StringComparison.Ordinal)) };

    [Fact]
    public void The_enum_declares_only_canonical_names()
    {
        var run = GeneratorRunner.Run(Payments);
        var enumType = run.Output.GetTypeByMetadataName("TestProject.PaymentStatus")!;

        Assert.Equal(new[] { "Approved", "CardDeclined", "InsufficientFunds" }, enumType.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Before_csharp_14_an_older_name_on_the_enum_does_not_compile_and_the_constant_does()
    {
        var source = """
            namespace TestProject
            {
                internal static class Use
                {
                    public static PaymentStatus Old() => PaymentStatus.Declined;

                    public static int Label(PaymentStatus status)
                    {
                        switch (status)
                        {
                            case PaymentStatusExtensions.OlderNames.Declined:
                                return 1;
                            default:
                                return 0;
                        }
                    }
                }
            }
            """;
        var run = GeneratorRunner.Run(Payments, source, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12));

        Assert.DoesNotContain("extension(", run.Source(SetFile), StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                "CS0117 (5,60): 'PaymentStatus' does not contain a definition for 'Declined'",
                "CS0618 (11,22): 'PaymentStatusExtensions.OlderNames.Declined' is obsolete: 'Use PaymentStatus.CardDeclined instead: Declined is an older name of code 1001.'",
            },
            run.CompilationProblems.Select(Describe));
    }

    [Fact]
    public void From_csharp_14_each_older_name_is_an_obsolete_static_member_of_the_enum()
    {
        // The referenced Roslyn cannot compile C# 14; the integration tests compile this text with the SDK's compiler.
        var run = GeneratorRunner.Run(Payments, parseOptions: new CSharpParseOptions((LanguageVersion)1400));

        Assert.Contains(
            """
                    extension(global::TestProject.PaymentStatus)
                    {
                        /// <summary>
                        /// <c>1001</c> An older name of <see cref="global::TestProject.PaymentStatus.CardDeclined"/>; not a constant.
                        /// </summary>
                        [global::System.Obsolete("Use PaymentStatus.CardDeclined instead: Declined is an older name of code 1001.")]
                        public static global::TestProject.PaymentStatus Declined => (global::TestProject.PaymentStatus)1001;
                    }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            run.Source(SetFile),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_without_aliases_has_no_older_names_class()
    {
        var yaml = "locales: [en-US]\nsets:\n  - name: Plain\n    codes:\n      - { code: 1, name: One, title: t }\n";
        var run = GeneratorRunner.Run(new[] { ("/p/plain.codes.yaml", yaml) }, parseOptions: new CSharpParseOptions((LanguageVersion)1400));

        Assert.DoesNotContain("OlderNames", run.Source("TestProject.Plain.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("extension(", run.Source("TestProject.Plain.g.cs"), StringComparison.Ordinal);
    }

    private static string Describe(Diagnostic d)
    {
        var position = d.Location.GetLineSpan().StartLinePosition;
        return d.Id + " (" + (position.Line + 1) + "," + (position.Character + 1) + "): " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }
}

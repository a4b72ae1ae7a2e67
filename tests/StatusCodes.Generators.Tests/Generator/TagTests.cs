using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;
using static StatusCodes.Generators.Tests.Parsing.ParserAssert;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>Set-level <c>tags:</c> and per-code <c>tags: [...]</c>: <c>Is{Tag}()</c> and <c>Get{Tag}Values()</c>.</summary>
public sealed class TagTests
{
    private const string JobsPath = "/p/jobs.codes.yaml";

    private const string Jobs = """
        locales: [en-US, ja-JP]
        sets:
          - name: JobStatus
            tags:
              - { name: Retryable, title: { en-US: Retryable, ja-JP: 再試行可能 } }
              - { name: Final, title: { en-US: Final, ja-JP: 最終 } }
              - { name: Archived, title: { en-US: Archived, ja-JP: アーカイブ済み } }
            codes:
              - { code: 1, name: Queued, title: { en-US: Queued, ja-JP: 待機中 } }
              - { code: 2, name: Failed, title: { en-US: Failed, ja-JP: 失敗 }, tags: [Retryable, Final] }
              - { code: 3, name: TimedOut, title: { en-US: Timed out, ja-JP: タイムアウト }, tags: [Retryable] }
              - { code: 4, name: Done, title: { en-US: Done, ja-JP: 完了 }, tags: [Final] }
        """;

    private const string Use = """
        using System;
        using System.Linq;
        using TestProject;
        public static class Use
        {
            public static string Run()
            {
                var total = 0;
                for (var warm = 0; warm < 2; warm++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    foreach (var value in JobStatusExtensions.GetRetryableValues())
                    {
                        total += value.IsRetryable() ? (int)value : 0;
                    }

                    total += JobStatusExtensions.GetFinalValues().Count + JobStatusExtensions.GetArchivedValues().Count;
                    if (warm == 1 && GC.GetAllocatedBytesForCurrentThread() != before)
                    {
                        return "allocated";
                    }
                }

                return string.Join("|",
                    string.Join(",", JobStatusExtensions.GetRetryableValues()),
                    string.Join(",", JobStatusExtensions.GetFinalValues().Select(v => (int)v)),
                    JobStatusExtensions.GetArchivedValues().Count,
                    JobStatus.Queued.IsRetryable(),
                    JobStatus.Failed.IsFinal(),
                    ((JobStatus)99).IsFinal(),
                    JobStatus.Done.IsArchived(),
                    JobStatusExtensions.GetFinalValues()[1],
                    total);
            }
        }
        """;

    [Fact]
    public void Tags_generate_allocation_free_checks_and_value_lists_in_code_order()
    {
        var run = GeneratorRunner.Run(new[] { (JobsPath, Jobs) }, Use);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("Failed,TimedOut|2,4|0|False|True|False|False|Done|14", GeneratedAssembly.RunUse(run.Output));
        Snapshot.Verify(run.Source("TestProject.JobStatus.g.cs"), "Tags.JobStatus");
    }

    [Fact]
    public void Tags_compile_in_CSharp_8()
    {
        var run = GeneratorRunner.Run(new[] { (JobsPath, Jobs) }, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp8));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void SCG0132_a_code_listing_an_undeclared_tag_points_at_the_tag()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    tags:\n      - { name: Retryable, title: Retryable }\n    codes:\n      - { code: 1, name: A, title: A, tags: [Retryabel] }\n");

        Single(result, "SCG0132", 7, 46, "The tag 'Retryabel' is not declared in set 'S' (its tags are Retryable). Declare it under the set's 'tags' or correct its spelling.");
        Assert.True(result.Spec!.Sets[0].Codes[0].Tags.IsEmpty);
    }

    [Fact]
    public void SCG0133_a_tag_named_like_a_category_points_at_its_name()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    categories:\n      - { name: Failure, from: 1, to: 9, title: Failure }\n    tags:\n      - { name: Failure, title: Failure }\n    codes:\n      - { code: 1, name: A, title: A }\n");

        Single(result, "SCG0133", 7, 17, "The tag 'Failure' of set 'S' would generate IsFailure(), which a category or IsDefined() already generates. Choose another tag name.");
        Assert.True(result.Spec!.Sets[0].Tags.IsEmpty);
    }

    [Fact]
    public void SCG0103_a_tag_declared_twice_points_at_the_second()
    {
        var result = Parse("locales: [en-US]\nsets:\n  - name: S\n    tags:\n      - { name: Final, title: Final }\n      - { name: Final, title: Last }\n    codes:\n      - { code: 1, name: A, title: A, tags: [Final] }\n");

        Single(result, "SCG0103", 6, 17, "The name 'Final' is used more than once in set 'S'. Names must be unique within a set.");
        Assert.Single(result.Spec!.Sets[0].Tags);
    }
}

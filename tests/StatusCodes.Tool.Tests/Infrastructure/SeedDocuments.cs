using System;
using System.IO;

namespace StatusCodes.Tool.Tests.Infrastructure;

/// <summary>
/// The team's source documents, kept outside the repository in <c>../shared/seeds</c>. Tests of
/// them run only where that folder exists and are skipped, with the reason, everywhere else.
/// Setting <c>STATUSCODES_REQUIRE_SEEDS=1</c> turns a missing folder into failures instead of skips,
/// so a run that must import them (CI) cannot pass without doing so.
/// </summary>
public static class SeedDocuments
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds"));

    public static bool Available => Directory.Exists(Folder);

    public static bool Required => Environment.GetEnvironmentVariable("STATUSCODES_REQUIRE_SEEDS") == "1";

    /// <summary>Why a seed test does not run here, or null when it runs.</summary>
    public static string? SkipReason => Available || Required
        ? null
        : "needs the source documents in " + Folder + ", which are not part of the repository; the fixtures in tests/StatusCodes.Tool.Tests/Fixtures cover the same shapes";
}

/// <summary>A fact about the seed documents: skipped, with the reason, where they are absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute() => Skip = SeedDocuments.SkipReason;
}

/// <summary>A theory about the seed documents: skipped, with the reason, where they are absent.</summary>
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute() => Skip = SeedDocuments.SkipReason;
}

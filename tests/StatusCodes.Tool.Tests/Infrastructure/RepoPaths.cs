using System;
using System.IO;

namespace StatusCodes.Tool.Tests.Infrastructure;

/// <summary>Where the repository's files are, found from the test assembly upwards.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootValue = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatusCodes.Generators.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("StatusCodes.Generators.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootValue.Value;

    public static string Definitions => Path.Combine(Root, "definitions");

    public static string GeneratedDocs => Path.Combine(Root, "docs", "definitions");

    public static string ToolProject => Path.Combine(Root, "src", "StatusCodes.Tool", "StatusCodes.Tool.csproj");

    /// <summary>The seed documents live beside the repository, in ../shared/seeds.</summary>
    public static string Seeds
    {
        get
        {
            var seeds = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            if (!Directory.Exists(seeds))
            {
                throw new InvalidOperationException("The seed documents are expected in " + seeds + " (shared/seeds beside the repository).");
            }

            return seeds;
        }
    }

    /// <summary>A seed document by its number, such as "000".</summary>
    public static string Seed(string number)
    {
        var matches = Directory.GetFiles(Seeds, number + "_*");
        if (matches.Length != 1)
        {
            throw new InvalidOperationException("Expected one seed document " + number + "_* in " + Seeds + ", found " + matches.Length + ".");
        }

        return matches[0];
    }
}

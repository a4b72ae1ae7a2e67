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

    /// <summary>Documents of every shape the importer reads, written for these tests.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "StatusCodes.Tool.Tests", "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>The imports of the fixtures as approved.</summary>
    public static string Approved(string fixture) => Path.Combine(Fixtures, "Approved", fixture + ".codes.yaml");

    /// <summary>A seed document by its number, such as "000" (only where <see cref="SeedDocuments.Available"/>).</summary>
    public static string Seed(string number)
    {
        var matches = Directory.GetFiles(SeedDocuments.Folder, number + "_*");
        if (matches.Length != 1)
        {
            throw new InvalidOperationException("Expected one seed document " + number + "_* in " + SeedDocuments.Folder + ", found " + matches.Length + ".");
        }

        return matches[0];
    }
}

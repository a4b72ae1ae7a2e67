using System.IO;
using System.Linq;
using System.Reflection;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>Folders of the repository, recorded at build time.</summary>
internal static class TestPaths
{
    public static string DefinitionsDirectory => Metadata("DefinitionsDirectory");

    public static string ProjectDirectory => Metadata("ProjectDirectory");

    public static string SnapshotsDirectory => Path.Combine(ProjectDirectory, "Snapshots");

    public static string RepositoryDirectory => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string ReadDefinition(string fileName) => File.ReadAllText(Path.Combine(DefinitionsDirectory, fileName));

    private static string Metadata(string key) => typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}

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

    /// <summary>netstandard.dll 2.0 from the NETStandard.Library package the project downloads.</summary>
    public static string NetStandard20Reference => Metadata("NetStandard20Reference");

    public static string AspNetCoreOpenApiReference => Metadata("AspNetCoreOpenApiReference");

    public static string OpenApiReference => Metadata("OpenApiReference");

    public static string RepositoryDirectory => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string ReadDefinition(string fileName) => File.ReadAllText(Path.Combine(DefinitionsDirectory, fileName));

    private static string Metadata(string key) => typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}

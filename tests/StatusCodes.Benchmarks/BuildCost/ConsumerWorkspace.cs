using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace StatusCodesBenchmarks.BuildCost;

/// <summary>A project or solution the harness builds, with the projects whose outputs it measures.</summary>
public sealed record Consumer(string Name, string BuildPath, IReadOnlyList<string> ProjectDirectories)
{
    /// <summary>
    /// What each project's output folder gets from the build: its own assembly, and the package's
    /// precompiled sets where the targets referenced them (an app with the defaults, or with HttpStatus alone).
    /// </summary>
    public IEnumerable<string> Assemblies => ProjectDirectories.SelectMany(directory =>
    {
        var bin = Path.Combine(directory, "bin", "Release", ConsumerWorkspace.TargetFramework);
        var own = new[] { Path.Combine(bin, Path.GetFileName(directory) + ".dll") };
        return Directory.Exists(bin) ? own.Concat(Directory.EnumerateFiles(bin, PrecompiledSets).OrderBy(f => f, StringComparer.Ordinal)) : own;
    });

    /// <summary>The assemblies of precompiled built-in sets the package's targets copy to an app's output (StatusCodes.BuiltIns, StatusCodes.BuiltIns.{set}).</summary>
    public const string PrecompiledSets = "StatusCodes.BuiltIns*.dll";

    public long AssemblyBytes => Assemblies.Sum(a => new FileInfo(a).Length);

    /// <summary>
    /// The bytes of every source the package added to the compilation (after a build with
    /// EmitCompilerGeneratedFiles): the generator's, and the file the targets write for a project that
    /// uses referenced sets (precompiled, or a project reference's) without the generator.
    /// </summary>
    public long GeneratedBytes => ProjectDirectories
        .Select(d => Path.Combine(d, "obj", "Release", ConsumerWorkspace.TargetFramework, "generated", "StatusCodes.Generators"))
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
        .Concat(ProjectDirectories
            .Select(d => Path.Combine(d, "obj", "Release", ConsumerWorkspace.TargetFramework, ReferencedSetsSource))
            .Where(File.Exists))
        .Sum(f => new FileInfo(f).Length);

    /// <summary>What the package's targets write for a project that uses referenced sets without the generator.</summary>
    public const string ReferencedSetsSource = "StatusCodes.ReferencedSets.g.cs";
}

/// <summary>
/// A temporary folder that consumes the package as a new user would: the packed <c>.nupkg</c> in a
/// folder feed, a NuGet.config that names it (and the machine's sources for anything else), a
/// packages folder of its own so that nothing cached elsewhere stands in for the package just
/// packed, and projects made with <c>dotnet new</c>. Empty Directory.Build files keep whatever lies
/// above the temporary folder out of its builds.
/// </summary>
public sealed class ConsumerWorkspace : IDisposable
{
    public const string TargetFramework = "net10.0";

    private const string PackageId = "StatusCodes.Generators";

    private readonly bool _keep;

    private ConsumerWorkspace(string root, bool keep)
    {
        Root = root;
        _keep = keep;
        Feed = Path.Combine(root, "feed");
        Packages = Path.Combine(root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Packages,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        Cli = new DotnetCli(Path.Combine(root, "logs"), environment);

        // Packing restores the generator's own dependencies: from the machine's packages folder, as any build of the repository does.
        RepositoryCli = new DotnetCli(Path.Combine(root, "logs", "repository"), environment.Where(e => e.Key != "NUGET_PACKAGES").ToDictionary(e => e.Key, e => e.Value));
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>The command line for the consumers: the workspace's packages folder.</summary>
    public DotnetCli Cli { get; }

    private DotnetCli RepositoryCli { get; }

    public string PackageVersion { get; private set; } = string.Empty;

    public static ConsumerWorkspace Create(bool keep)
    {
        var root = Path.Combine(Path.GetTempPath(), "statuscodes-build-cost-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        return new ConsumerWorkspace(root, keep);
    }

    /// <summary>Packs the generator into the feed and writes the NuGet.config every consumer below uses.</summary>
    public void Pack(string repository)
    {
        var project = Path.Combine(repository, "src", PackageId, PackageId + ".csproj");
        RepositoryCli.Run(repository, "pack", project, "-c", "Release", "-o", Feed, "-nologo", "-nr:false");

        // The pack started a compiler server; the timed builds use none, and must not share the
        // machine with one that is still finishing its work.
        RepositoryCli.Run(repository, "build-server", "shutdown");
        var package = Directory.GetFiles(Feed, PackageId + ".*.nupkg").Single();
        PackageVersion = Path.GetFileNameWithoutExtension(package).Substring(PackageId.Length + 1);
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), NuGetConfig());
    }

    /// <summary><c>dotnet new console</c>, with the package and <paramref name="properties"/> when <paramref name="withPackage"/>.</summary>
    public Consumer ConsoleApp(string name, bool withPackage, IReadOnlyDictionary<string, string>? properties = null)
    {
        var directory = NewProject("console", Path.Combine(Root, name), name);
        Edit(directory, withPackage, properties, Array.Empty<string>());
        Cli.Run(directory, "restore", "-nologo", "-nr:false");
        return new Consumer(name, Path.Combine(directory, name + ".csproj"), new[] { directory });
    }

    /// <summary>
    /// A solution of one shared library whose generated types are public, <paramref name="libraries"/>
    /// libraries that reference it, and an app that references them all; with the package, every
    /// project references it.
    /// </summary>
    public Consumer Solution(string name, bool withPackage, int libraries)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        var shared = NewProject("classlib", Path.Combine(folder, "Shared"), "Shared");
        Edit(shared, withPackage, new Dictionary<string, string> { ["StatusCodesAccessibility"] = "public" }, Array.Empty<string>());

        var projects = new List<string> { shared };
        for (var i = 1; i <= libraries; i++)
        {
            var library = "Library" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var directory = NewProject("classlib", Path.Combine(folder, library), library);
            Edit(directory, withPackage, null, new[] { "../Shared/Shared.csproj" });
            projects.Add(directory);
        }

        var app = NewProject("console", Path.Combine(folder, "App"), "App");
        Edit(app, withPackage, null, projects.Select(p => "../" + Path.GetFileName(p) + "/" + Path.GetFileName(p) + ".csproj").ToArray());
        projects.Add(app);

        Cli.Run(folder, "new", "sln", "-n", name);
        var solution = Directory.GetFiles(folder, name + ".sln*").Single();
        Cli.Run(folder, new[] { "sln", solution, "add" }.Concat(projects.Select(p => Path.Combine(p, Path.GetFileName(p) + ".csproj"))).ToArray());
        Cli.Run(folder, "restore", solution, "-nologo", "-nr:false");
        return new Consumer(name, solution, projects);
    }

    public void Dispose()
    {
        if (_keep)
        {
            Console.WriteLine("build-cost: work folder kept: " + Root);
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server that outlived its build may still hold a file; the folder is temporary.
        }
    }

    private string NewProject(string template, string directory, string name)
    {
        Cli.Run(Root, "new", template, "-o", directory, "-n", name, "-f", TargetFramework, "--no-restore");
        return directory;
    }

    /// <summary>Adds properties, the package reference and project references to a project made by <c>dotnet new</c>.</summary>
    private void Edit(string directory, bool withPackage, IReadOnlyDictionary<string, string>? properties, IReadOnlyList<string> projectReferences)
    {
        var path = Path.Combine(directory, Path.GetFileName(directory) + ".csproj");
        var added = new StringBuilder();
        if (withPackage && properties is { Count: > 0 })
        {
            added.AppendLine("  <PropertyGroup>");
            foreach (var (property, value) in properties)
            {
                added.Append("    <").Append(property).Append('>').Append(value).Append("</").Append(property).AppendLine(">");
            }

            added.AppendLine("  </PropertyGroup>");
        }

        if (withPackage || projectReferences.Count > 0)
        {
            added.AppendLine("  <ItemGroup>");
            if (withPackage)
            {
                // What 'dotnet add package' writes for a development dependency.
                added.Append("    <PackageReference Include=\"").Append(PackageId).Append("\" Version=\"").Append(PackageVersion).AppendLine("\">");
                added.AppendLine("      <PrivateAssets>all</PrivateAssets>");
                added.AppendLine("      <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>");
                added.AppendLine("    </PackageReference>");
            }

            foreach (var reference in projectReferences)
            {
                added.Append("    <ProjectReference Include=\"").Append(reference).AppendLine("\" />");
            }

            added.AppendLine("  </ItemGroup>");
        }

        var text = File.ReadAllText(path);
        var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(path, text.Substring(0, end) + added + text.Substring(end));
    }

    /// <summary>The feed first and the only source of the package; the machine's packages folder and configured sources for the rest.</summary>
    private string NuGetConfig()
    {
        var sources = new List<(string Key, string Value)> { ("statuscodes-feed", Feed) };
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (Directory.Exists(machinePackages))
        {
            sources.Add(("machine-packages", machinePackages));
        }

        // 'dotnet nuget list source --format short' prints "E <url>" for each enabled source.
        var enabled = DotnetCli.Query("nuget", "list", "source", "--format", "short")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select(l => l.Substring(2).Trim());
        sources.AddRange(enabled.Select((url, i) => ("source" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), url)));

        var xml = new StringBuilder();
        xml.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.AppendLine("<configuration>");
        xml.AppendLine("  <packageSources>");
        xml.AppendLine("    <clear />");
        foreach (var (key, value) in sources)
        {
            xml.Append("    <add key=\"").Append(key).Append("\" value=\"").Append(System.Security.SecurityElement.Escape(value)).AppendLine("\" />");
        }

        xml.AppendLine("  </packageSources>");
        xml.AppendLine("  <packageSourceMapping>");
        foreach (var (key, _) in sources)
        {
            xml.Append("    <packageSource key=\"").Append(key).Append("\"><package pattern=\"").Append(key == "statuscodes-feed" ? PackageId : "*").AppendLine("\" /></packageSource>");
        }

        xml.AppendLine("  </packageSourceMapping>");
        xml.AppendLine("</configuration>");
        return xml.ToString();
    }
}

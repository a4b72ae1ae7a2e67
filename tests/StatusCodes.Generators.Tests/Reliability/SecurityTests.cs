using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using StatusCodes.Definitions.Schema;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// What the compiler loads does no I/O of its own and never builds objects a document names: the
/// generator and definitions assemblies reference no file, directory, network, process, environment
/// or dynamic-loading API, use YamlDotNet only through its event parser, and the build keeps the
/// banned-API analyzer (RS1035) on.
/// </summary>
public sealed class SecurityTests
{
    /// <summary>Types whose mere use means I/O, a process, or code chosen at run time.</summary>
    private static readonly string[] BannedTypePrefixes =
    {
        "System.IO.File", "System.IO.Directory", "System.IO.DriveInfo", "System.IO.StreamReader", "System.IO.StreamWriter",
        "System.IO.MemoryMappedFiles.", "System.IO.Pipes.", "System.Net.", "System.Diagnostics.Process",
        "System.Activator", "System.Runtime.Loader.", "System.Reflection.Emit.", "System.AppDomain",
        "YamlDotNet.Serialization.", "YamlDotNet.RepresentationModel.",
    };

    /// <summary>Members that load or name types from strings.</summary>
    private static readonly string[] BannedMembers = { "System.Type::GetType", "System.Reflection.Assembly::Load", "System.Reflection.Assembly::LoadFrom", "System.Reflection.Assembly::LoadFile" };

    /// <summary>What of <c>System.Environment</c> may be used: the thread id compiler-generated iterators read, and the line break.</summary>
    private static readonly string[] AllowedEnvironmentMembers = { "System.Environment::get_CurrentManagedThreadId", "System.Environment::get_NewLine" };

    public static TheoryData<string> CompilerLoadedAssemblies() => new()
    {
        typeof(StatusCodesGenerator).Assembly.Location,
        typeof(DefinitionParser).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(CompilerLoadedAssemblies))]
    public void The_generator_assemblies_reference_no_io_network_process_or_dynamic_loading_api(string path)
    {
        var references = ReferencedNames(path);

        var banned = references.Where(r => BannedTypePrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal))
            || BannedMembers.Contains(r)
            || (r.StartsWith("System.Environment::", StringComparison.Ordinal) && !AllowedEnvironmentMembers.Contains(r))).ToList();
        Assert.True(banned.Count == 0, System.IO.Path.GetFileName(path) + " references: " + string.Join(", ", banned));
    }

    [Fact]
    public void The_generator_reads_yaml_only_through_the_event_parser()
    {
        var yaml = ReferencedNames(typeof(DefinitionParser).Assembly.Location).Where(r => r.StartsWith("YamlDotNet.", StringComparison.Ordinal)).ToList();

        Assert.Contains("YamlDotNet.Core.Parser", yaml);
        Assert.All(yaml, r => Assert.True(r.StartsWith("YamlDotNet.Core.", StringComparison.Ordinal), r + " is not part of the event parser"));
        Assert.DoesNotContain(ReferencedNames(typeof(StatusCodesGenerator).Assembly.Location), r => r.StartsWith("YamlDotNet.", StringComparison.Ordinal) && !r.StartsWith("YamlDotNet.Core.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_finds_what_it_looks_for()
    {
        // The command-line tool reads and writes files: the same scan must see it.
        var tool = ReferencedNames(typeof(Tool.Import.Writing.YamlScalar).Assembly.Location);

        Assert.Contains(tool, r => r.StartsWith("System.IO.File", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_keeps_the_banned_api_analyzer_on()
    {
        var project = XDocument.Load(System.IO.Path.Combine(TestPaths.RepositoryDirectory, "src", "StatusCodes.Generators", "StatusCodes.Generators.csproj"));
        var properties = project.Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup").ToLookup(e => e.Name.LocalName, e => e.Value.Trim());
        Assert.Equal(new[] { "true" }, properties["EnforceExtendedAnalyzerRules"]);
        Assert.DoesNotContain(properties["NoWarn"], v => v.Contains("RS1035", StringComparison.Ordinal));
        Assert.Contains(project.Descendants("PackageReference"), r => (string?)r.Attribute("Include") == "Microsoft.CodeAnalysis.Analyzers");

        var build = XDocument.Load(System.IO.Path.Combine(TestPaths.RepositoryDirectory, "Directory.Build.props"));
        Assert.Equal("true", build.Descendants("TreatWarningsAsErrors").Single().Value.Trim());

        foreach (var config in Directory.EnumerateFiles(TestPaths.RepositoryDirectory, "*.editorconfig", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(TestPaths.RepositoryDirectory, ".editorconfig", SearchOption.AllDirectories)))
        {
            Assert.DoesNotContain("RS1035", File.ReadAllText(config), StringComparison.Ordinal);
        }
    }

    /// <summary>Every type (<c>Namespace.Type</c>) and member (<c>Namespace.Type::Member</c>) an assembly references.</summary>
    private static HashSet<string> ReferencedNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            names.Add(FullName(metadata, handle));
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                names.Add(FullName(metadata, (TypeReferenceHandle)member.Parent) + "::" + metadata.GetString(member.Name));
            }
        }

        return names;
    }

    private static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}

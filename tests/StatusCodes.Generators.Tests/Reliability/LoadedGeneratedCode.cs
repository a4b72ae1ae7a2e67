using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// A generator run's output compiled to an in-memory assembly with its XML documentation file, and
/// loaded into a collectible context so that a test can call the generated lookups. Reflection is
/// the test's, never the generated code's.
/// </summary>
internal sealed class LoadedGeneratedCode : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedGeneratedCode(AssemblyLoadContext context, Assembly assembly, XDocument documentation)
    {
        _context = context;
        Assembly = assembly;
        Documentation = documentation;
    }

    public Assembly Assembly { get; }

    /// <summary>The documentation file the compiler wrote, parsed: a malformed one fails here.</summary>
    public XDocument Documentation { get; }

    public static LoadedGeneratedCode Load(Compilation compilation)
    {
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(pe, xmlDocumentationStream: xml);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));

        xml.Position = 0;
        var documentation = XDocument.Load(xml);
        pe.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new LoadedGeneratedCode(context, context.LoadFromStream(pe), documentation);
    }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    /// <summary>Calls the static method <paramref name="name"/> of <paramref name="type"/> whose parameters are exactly <paramref name="parameterTypes"/>.</summary>
    public static object? Call(Type type, string name, Type[] parameterTypes, params object?[] arguments)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, parameterTypes)
            ?? throw new InvalidOperationException($"{type.FullName}.{name}({string.Join(", ", parameterTypes.Select(t => t.Name))}) is not generated.");
        return method.Invoke(null, arguments);
    }

    public void Dispose() => _context.Unload();
}

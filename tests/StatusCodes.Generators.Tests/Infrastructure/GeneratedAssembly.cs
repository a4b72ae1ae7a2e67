using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>Runs generated code: the tests that check behaviour rather than text.</summary>
internal static class GeneratedAssembly
{
    /// <summary>
    /// Compiles <paramref name="compilation"/> (test source plus generated code), loads it in a
    /// collectible context after the assemblies it references in <paramref name="dependencies"/>,
    /// and returns <c>Use.Run()</c>.
    /// </summary>
    public static string RunUse(Compilation compilation, params byte[][] dependencies)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            foreach (var dependency in dependencies)
            {
                context.LoadFromStream(new MemoryStream(dependency));
            }

            var assembly = context.LoadFromStream(stream);
            var run = (assembly.GetType("Use") ?? assembly.GetType("TestProject.Use"))!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}

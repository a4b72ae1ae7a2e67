using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Generators.Emitting;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// What must hold for any text whatsoever. An assertion failure or an exception from here is a
/// finding of the fuzzer.
/// </summary>
internal static class FuzzOracle
{
    private static readonly CatalogOptions Options = new(GeneratorRunner.DefaultNamespace, false, null);

    /// <summary>
    /// Parser, catalog and emitters without the compiler: nothing throws, every finding is located in
    /// the file, and a file that yields nothing says why.
    /// </summary>
    public static void CheckDefinitions(string path, string text)
    {
        var definitions = DefinitionSet.Build(new[] { new KeyValuePair<string, string>(path, text) }, BuiltInSelection.All, Options);
        foreach (var diagnostic in definitions.Diagnostics)
        {
            LocatedDiagnostics.AssertLocated(diagnostic, path, text);
        }

        if (definitions.Catalog is null)
        {
            Assert.False(definitions.Diagnostics.IsEmpty, "The file was dropped without a finding.");
            return;
        }

        var built = definitions.Catalog;
        var features = new EmitFeatures(HasSpan: true, HasUtf8Literals: true);
        foreach (var set in built.Sets)
        {
            Assert.NotEmpty(SetEmitter.Emit(set, features));
            Assert.NotEmpty(Utf8Emitter.Emit(set));
        }

        foreach (var group in built.Groups)
        {
            Assert.NotEmpty(GroupEmitter.Emit(group, features));
        }

        Assert.NotEmpty(LocaleEmitter.Emit(built.Locales, features));
    }

    /// <summary>
    /// The whole generator and the compiler: no exception escapes (no CS8785), no internal error, and
    /// either the output compiles or one of our errors, located in the file, says what is wrong.
    /// </summary>
    public static void CheckGenerator(string path, string text) => CheckGenerator(new[] { (path, text) });

    /// <inheritdoc cref="CheckGenerator(string, string)"/>
    public static void CheckGenerator(IReadOnlyList<(string Path, string Text)> files)
    {
        var run = GeneratorRunner.Run(files);
        var ours = LocatedDiagnostics.Ours(run.Diagnostics);
        Assert.DoesNotContain(ours, d => d.Id == DefinitionDiagnostics.InternalError.Id);
        foreach (var diagnostic in ours)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            var file = files.FirstOrDefault(f => f.Path == path);
            Assert.True(file.Text is not null, "Not located in a definition file: " + diagnostic);
            LocatedDiagnostics.AssertLocated(diagnostic, path, file.Text!);
        }

        var compileErrors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(
            compileErrors.Count == 0 || ours.Any(d => d.Severity == DiagnosticSeverity.Error),
            "The output does not compile and no SCG error says why: " + string.Join(" | ", compileErrors.Take(3)));
    }
}

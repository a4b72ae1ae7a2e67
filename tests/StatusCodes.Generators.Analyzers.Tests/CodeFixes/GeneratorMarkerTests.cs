using System.Reflection;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Generators.CodeFixes;
using StatusCodes.Generators.Emitting;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.CodeFixes;

/// <summary>
/// The code fixes assembly loads no definitions code, so it keeps its own copy of the generator's
/// marker; a copy that drifted would make every fix find no generated type.
/// </summary>
public sealed class GeneratorMarkerTests
{
    [Fact]
    public void The_code_fix_looks_for_the_marker_the_generator_writes()
    {
        var copy = typeof(UseCanonicalNameCodeFixProvider).GetField("GeneratorToolName", BindingFlags.NonPublic | BindingFlags.Static);

        Assert.NotNull(copy);
        Assert.Equal(GeneratedTypeNames.GeneratorName, copy!.GetRawConstantValue());
        Assert.StartsWith("[global::System.CodeDom.Compiler.GeneratedCode(\"" + GeneratedTypeNames.GeneratorName + "\", ", GeneratedCode.Attribute, System.StringComparison.Ordinal);
    }
}

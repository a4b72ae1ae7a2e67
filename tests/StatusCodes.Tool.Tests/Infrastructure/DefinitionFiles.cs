using System.IO;
using System.Linq;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Tool.Tests.Infrastructure;

/// <summary>Reads definition files with the shared parser, for assertions about what the tool wrote.</summary>
public static class DefinitionFiles
{
    /// <summary>The file's spec, failing the test with the findings when it has errors.</summary>
    public static DefinitionFileSpec ParseValid(string path)
    {
        var result = DefinitionParser.Parse(path, File.ReadAllText(path));
        var errors = result.Diagnostics.Where(d => d.Severity == DefinitionSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(result.Spec is not null && errors.Count == 0, "Expected a valid definition file, got:\n" + string.Join("\n", errors) + "\n" + File.ReadAllText(path));
        return result.Spec!;
    }

    public static SetSpec Set(this DefinitionFileSpec file, string name)
    {
        var set = file.Sets.FirstOrDefault(s => s.Name == name);
        Assert.True(set is not null, "No set " + name + "; sets: " + string.Join(", ", file.Sets.Select(s => s.Name)));
        return set!;
    }

    public static CodeSpec Code(this SetSpec set, int code)
    {
        var spec = set.Codes.FirstOrDefault(c => c.Code == code);
        Assert.True(spec is not null, "No code " + code + " in " + set.Name + "; codes: " + string.Join(", ", set.Codes.Select(c => c.Code)));
        return spec!;
    }
}

using System;
using System.IO;
using System.Text;
using StatusCodes.PreParsedWriter;

// Usage: StatusCodes.PreParsedWriter <repository root> [--check]
// Exit codes: 0 written or current, 1 stale (with --check), 2 usage or unreadable input.
if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--check"))
{
    Console.Error.WriteLine("usage: StatusCodes.PreParsedWriter <repository root> [--check]");
    return 2;
}

var root = args[0];
var check = args.Length == 2;
var dataFile = Path.Combine(root, PreParsedDataWriter.DataFile);
string expected;
try
{
    expected = PreParsedDataWriter.Write(Path.Combine(root, "definitions"));
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
{
    Console.Error.WriteLine("cannot write the pre-parsed data: " + ex.Message);
    return 2;
}

var actual = File.Exists(dataFile) ? File.ReadAllText(dataFile) : null;
if (check)
{
    if (actual == expected)
    {
        Console.WriteLine(PreParsedDataWriter.DataFile + " is up to date.");
        return 0;
    }

    Console.Error.WriteLine(PreParsedDataWriter.DataFile + (actual is null ? " is missing." : " is out of date with definitions/."));
    Console.Error.WriteLine("Run " + PreParsedDataWriter.Command + " and commit the result.");
    return 1;
}

if (actual == expected)
{
    Console.WriteLine(PreParsedDataWriter.DataFile + " is already up to date.");
    return 0;
}

File.WriteAllText(dataFile, expected, new UTF8Encoding(false));
Console.WriteLine("Wrote " + PreParsedDataWriter.DataFile + ".");
return 0;

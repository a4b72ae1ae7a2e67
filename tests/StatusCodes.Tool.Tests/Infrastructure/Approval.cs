using System;
using System.IO;

namespace StatusCodes.Tool.Tests.Infrastructure;

/// <summary>
/// Compares output with an approved file in the repository. <c>UPDATE_SNAPSHOTS=1</c> writes the
/// output as the new approved file instead; review the change in git before committing it.
/// </summary>
public static class Approval
{
    public static void Verify(string approvedPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual);
            return;
        }

        Assert.True(File.Exists(approvedPath), "No approved file " + approvedPath + "; review the output below and approve it with UPDATE_SNAPSHOTS=1.\n" + actual);
        Assert.Equal(File.ReadAllText(approvedPath), actual);
    }
}

namespace StatusCodes.Tool.Cli;

internal static class Words
{
    public static string Plural(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
}

namespace StatusCodes.Tool.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>The command did its job and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command ran but found problems (errors in definitions, a document without codes, ...).</summary>
    public const int Findings = 1;

    /// <summary>The command line itself is wrong: unknown option, missing argument, file not found.</summary>
    public const int UsageError = 2;
}

namespace SmarterProctoring.Cli;

/// <summary>What the process exit code means, so scripts can tell a typo from an outage.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something the program did not expect; a bug.</summary>
    public const int Unexpected = 1;

    /// <summary>A bad argument, SID, file or missing token: fix the command line.</summary>
    public const int Usage = 2;

    /// <summary>The API answered with an error (or an unreadable body).</summary>
    public const int Api = 3;

    /// <summary>The API could not be reached, or did not answer in time.</summary>
    public const int Transport = 4;
}

namespace SmarterProctoring.Cli;

/// <summary>The --help texts.</summary>
internal static class HelpText
{
    public const string Root = """
        smarterproctoring: read and update SmarterProctoring exam configurations.

        Usage:
          smarterproctoring exam-config get    [options]
          smarterproctoring exam-config update --file <request.json> [options]
          smarterproctoring sandbox

        Commands:
          exam-config get      Print an exam configuration.
          exam-config update   Replace an exam configuration with the JSON request in --file, then print it.
          sandbox              Serve the embedded sandbox on 127.0.0.1 until Ctrl+C, printing its URL, token and SIDs
                               (its token is a throwaway value that only this sandbox accepts).

        Run 'smarterproctoring exam-config <command> --help' for the options of a command.

        Exit codes: 0 success, 2 usage error (bad option, SID, file or token), 3 the API answered with an error,
        4 the API could not be reached or timed out, 1 unexpected failure.
        """;

    public const string Sandbox = """
        smarterproctoring sandbox: serve the embedded SmarterProctoring sandbox on 127.0.0.1 until Ctrl+C.

        Prints the base URL, the sandbox's throwaway token and the SIDs of its seeded exam configuration, so other
        programs (or 'exam-config get --base-url …') can call it.
        """;

    public const string ExamConfig = """
        smarterproctoring exam-config: read and update exam configurations.

        Usage:
          smarterproctoring exam-config get    [options]
          smarterproctoring exam-config update --file <request.json> [options]
        """ + "\n\n" + Options;

    public const string Get = """
        smarterproctoring exam-config get: print an exam configuration.

        Usage:
          smarterproctoring exam-config get --install <AI…> --course <CU…> --exam <EX…> --config <EC…> [options]
          smarterproctoring exam-config get --sandbox
        """ + "\n\n" + Options;

    public const string Update = """
        smarterproctoring exam-config update: replace an exam configuration and print what the API stored.

        Usage:
          smarterproctoring exam-config update --file <request.json> --install <AI…> --course <CU…> --exam <EX…> --config <EC…> [options]
          smarterproctoring exam-config update --file <request.json> --sandbox

        The file holds the Update Configuration request body as JSON (camelCase, as in the API reference).
        Every permitted* field and instructorAsProctor are required; permitted*Information and
        permittedOtherItems may be null. See samples/update-exam-configuration.json.
        """ + "\n\n" + Options;

    private const string Options = """
        Options:
          --install <sid>      Application install SID (AI + 32 lowercase hex characters).
          --course <sid>       Course SID (CU…).
          --exam <sid>         Exam SID (EX…).
          --config <sid>       Exam configuration SID (EC…).
          --file <path>        (update) The request body as JSON.
          --base-url <url>     API host; default https://api.smarterproctoring.com.
          --token-file <path>  Read the API token from this file; otherwise from SMARTERPROCTORING_TOKEN.
          --sandbox            Start the embedded SmarterProctoring sandbox on 127.0.0.1 and use it: no token
                               needed, and the SIDs default to the sandbox's seeded configuration.
          --timeout <seconds>  How long a request may take; default 100.
          --json               Print the configuration as JSON instead of text.
          -h, --help           Show this help.
        """;
}

using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Client;
using SmarterProctoring.Declarative;
using SmarterProctoring.Sandbox;

namespace SmarterProctoring.Cli;

/// <summary>The command-line program, with its console and environment passed in so tests can run it.</summary>
internal sealed class CliApp(TextWriter output, Stream rawOutput, TextWriter error, Func<string, string?> environment)
{
    public const string TokenVariable = "SMARTERPROCTORING_TOKEN";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            CommandLine line = CommandLine.Parse(args);
            return await DispatchAsync(line, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (ApiException exception)
        {
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.Api;
        }
        catch (HttpRequestException exception) when (exception.StatusCode is not null)
        {
            // The server answered, then the connection failed: the message names the call and its status.
            await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.Transport;
        }
        catch (HttpRequestException exception)
        {
            await error.WriteLineAsync("error: the API could not be reached: " + exception.Message).ConfigureAwait(false);
            return ExitCodes.Transport;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: the API did not answer in time (see --timeout).").ConfigureAwait(false);
            return ExitCodes.Transport;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled.").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
    }

    private async Task<int> DispatchAsync(CommandLine line, CancellationToken cancellationToken)
    {
        string command = string.Join(' ', line.Commands);
        switch (command)
        {
            case "" when line.Help:
                await output.WriteLineAsync(HelpText.Root).ConfigureAwait(false);
                return ExitCodes.Success;
            case "":
                await error.WriteLineAsync(HelpText.Root).ConfigureAwait(false);
                return ExitCodes.Usage;
            case "exam-config":
                await (line.Help ? output : error).WriteLineAsync(HelpText.ExamConfig).ConfigureAwait(false);
                return line.Help ? ExitCodes.Success : ExitCodes.Usage;
            case "exam-config get" when line.Help:
                await output.WriteLineAsync(HelpText.Get).ConfigureAwait(false);
                return ExitCodes.Success;
            case "exam-config update" when line.Help:
                await output.WriteLineAsync(HelpText.Update).ConfigureAwait(false);
                return ExitCodes.Success;
            case "sandbox" when line.Help:
                await output.WriteLineAsync(HelpText.Sandbox).ConfigureAwait(false);
                return ExitCodes.Success;
            case "sandbox":
                return await ServeSandboxAsync(cancellationToken).ConfigureAwait(false);
            case "exam-config get":
                return await RunExamConfigAsync(line, update: false, cancellationToken).ConfigureAwait(false);
            case "exam-config update":
                return await RunExamConfigAsync(line, update: true, cancellationToken).ConfigureAwait(false);
            default:
                throw new UsageException("unknown command '" + command + "'. Run with --help to see the commands.");
        }
    }

    private async Task<int> RunExamConfigAsync(CommandLine line, bool update, CancellationToken cancellationToken)
    {
        UpdateExamConfigurationRequest? request = null;
        if (update)
        {
            string file = line.Value("--file") ?? throw new UsageException("exam-config update needs --file <request.json>.");
            request = RequestFile.Read(file);
        }
        else if (line.Value("--file") is not null)
        {
            throw new UsageException("--file is only for exam-config update.");
        }

        TimeSpan timeout = ReadTimeout(line.Value("--timeout"));
        SmarterProctoringSandbox? sandbox = null;
        try
        {
            if (line.Has("--sandbox"))
            {
                if (line.Value("--base-url") is not null || line.Value("--token-file") is not null)
                {
                    throw new UsageException("--sandbox starts its own server: leave out --base-url and --token-file.");
                }

                sandbox = await SmarterProctoringSandbox.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var options = new SmarterProctoringClientOptions
            {
                BaseAddress = sandbox?.BaseAddress ?? ReadBaseUrl(line.Value("--base-url")),
                Token = sandbox?.Token ?? ReadToken(line.Value("--token-file")),
                Timeout = timeout,
            };
            string installSid = Sid(line, "--install", sandbox?.Seed.InstallSid);
            string courseSid = Sid(line, "--course", sandbox?.Seed.CourseSid);
            string examSid = Sid(line, "--exam", sandbox?.Seed.ExamSid);
            string configSid = Sid(line, "--config", sandbox?.Seed.ExamConfigurationSid);

            using HttpClient httpClient = SmarterProctoringClient.CreateHttpClient(options);
            IExamConfigurationsApi api = IExamConfigurationsApi.Create(httpClient);
            ExamConfiguration configuration;
            try
            {
                configuration = request is null
                    ? await api.GetAsync(installSid, courseSid, examSid, configSid, cancellationToken).ConfigureAwait(false)
                    : await api.UpdateAsync(installSid, courseSid, examSid, configSid, request, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException exception) when (OptionOf(exception.ParamName) is string option)
            {
                // The client names its parameter (installSid); the user typed an option (--install).
                throw new UsageException(option + ": " + FirstSentence(exception.Message));
            }

            if (line.Has("--json"))
            {
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                ConfigurationPrinter.WriteJson(rawOutput, configuration);
            }
            else
            {
                ConfigurationPrinter.WriteText(output, update ? "Stored exam configuration" : "Exam configuration", configuration);
            }

            return ExitCodes.Success;
        }
        finally
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs the sandbox until cancelled (Ctrl+C), after printing how to reach it.</summary>
    private async Task<int> ServeSandboxAsync(CancellationToken cancellationToken)
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        SeededExamConfiguration seed = sandbox.Seed;
        await output.WriteLineAsync("SmarterProctoring sandbox listening; press Ctrl+C to stop.").ConfigureAwait(false);
        await output.WriteLineAsync("base-url " + sandbox.BaseAddress).ConfigureAwait(false);
        await output.WriteLineAsync("token    " + sandbox.Token).ConfigureAwait(false);
        await output.WriteLineAsync("install  " + seed.InstallSid).ConfigureAwait(false);
        await output.WriteLineAsync("course   " + seed.CourseSid).ConfigureAwait(false);
        await output.WriteLineAsync("exam     " + seed.ExamSid).ConfigureAwait(false);
        await output.WriteLineAsync("config   " + seed.ExamConfigurationSid).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C is how the sandbox is meant to stop.
        }

        return ExitCodes.Success;
    }

    private static string Sid(CommandLine line, string option, string? fallback) =>
        line.Value(option) ?? fallback ?? throw new UsageException(
            option + " is required (or use --sandbox to work against the embedded sandbox).");

    private static string? OptionOf(string? parameter) => parameter switch
    {
        "installSid" => "--install",
        "courseSid" => "--course",
        "examSid" => "--exam",
        "examConfigurationSid" => "--config",
        "configuration" => "--file",
        _ => null,
    };

    private static string FirstSentence(string message)
    {
        int parameterNote = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameterNote < 0 ? message : message[..parameterNote];
    }

    private static Uri ReadBaseUrl(string? value)
    {
        if (value is null)
        {
            return SmarterProctoringClientOptions.ProductionBaseAddress;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new UsageException("--base-url must be an absolute http or https URL, such as https://api.dev.smarterproctoring.com.");
        }

        return uri;
    }

    private string ReadToken(string? tokenFile)
    {
        string? token;
        if (tokenFile is not null)
        {
            try
            {
                token = File.ReadAllText(tokenFile).Trim();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException("--token-file: cannot read '" + tokenFile + "': " + exception.Message);
            }
        }
        else
        {
            token = environment(TokenVariable)?.Trim();
        }

        return string.IsNullOrEmpty(token)
            ? throw new UsageException("no API token: set " + TokenVariable + " or pass --token-file <path> (or use --sandbox).")
            : token;
    }

    private static TimeSpan ReadTimeout(string? value)
    {
        if (value is null)
        {
            return TimeSpan.FromSeconds(100);
        }

        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds)
            && seconds > 0 && seconds <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException("--timeout must be a number of seconds between 0 and 3600.");
    }
}

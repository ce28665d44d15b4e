using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and a chosen environment.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SampleRequest => Path.Combine(RepositoryRoot, "samples", "update-exam-configuration.json");

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var raw = new MemoryStream();
        var error = new StringWriter();
        var app = new CliApp(output, raw, error, name => environment is not null && environment.TryGetValue(name, out string? value) ? value : null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        int exitCode = await app.RunAsync(args, timeout.Token);
        return new CliResult(exitCode, output + Encoding.UTF8.GetString(raw.ToArray()), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(null, args);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SmarterProctoring.Declarative.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SmarterProctoring.Declarative.sln) is not above " + AppContext.BaseDirectory);
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Client;
using SmarterProctoring.Declarative;
using SmarterProctoring.Declarative.Http;
using SmarterProctoring.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace SmarterProctoring.Reliability.Tests;

/// <summary>
/// The token never appears anywhere a user or an operator can see text: exception messages and <c>ToString()</c>,
/// <c>ToString()</c> of every public type, <c>IHttpClientFactory</c>'s request logging (and Polly's), and the CLI's
/// output and errors, across every failure mode the sandbox can inject.
/// </summary>
public sealed class SecretTests(ITestOutputHelper output)
{
    private static readonly Fault[] FailureModes =
    [
        Fault.Status(500),
        Fault.Status(502),
        Fault.Status(503, retryAfter: TimeSpan.FromSeconds(1)),
        Fault.Status(504),
        Fault.Status(429, retryAfter: TimeSpan.FromSeconds(1)),
        Fault.DelayHeaders(TimeSpan.FromMinutes(1)),
        Fault.StallBody(TimeSpan.FromMinutes(1)),
        Fault.CloseConnection(),
        Fault.CloseConnectionMidBody(),
        Fault.MalformedJson(),
        Fault.OversizedBody(20L * 1024 * 1024),
        Fault.OversizedBody(1024 * 1024, statusCode: 500),
        Fault.WhitespacePadding(20L * 1024 * 1024),
        Fault.WrongContentType(),
        Fault.EmptyBody(),
    ];

    [Fact]
    public async Task The_token_appears_in_no_exception_ToString_log_line_or_cli_output_across_every_failure_mode()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var withResilience = new DiClient(
            sandbox,
            options =>
            {
                options.MaxRetryAttempts = 1;
                options.RetryDelay = TimeSpan.FromMilliseconds(10);
                options.AttemptTimeout = TimeSpan.FromSeconds(1);
                options.TotalRequestTimeout = TimeSpan.FromSeconds(1.5);
            },
            timeout: TimeSpan.FromSeconds(2));
        using var direct = new DirectClient(sandbox, timeout: TimeSpan.FromSeconds(1));
        var seen = new List<(string Where, string Text)>();

        foreach (Fault fault in FailureModes)
        {
            // Twice, so the retry fails too and the caller sees the failure.
            sandbox.Faults.Clear();
            sandbox.Faults.Enqueue(fault, times: 2);
            seen.Add(("DI client, " + fault, await CaptureAsync(() => withResilience.Api.PutAsync(sandbox.Seed, "scan"))));

            sandbox.Faults.Clear();
            sandbox.Faults.Enqueue(fault);
            seen.Add(("direct client, " + fault, await CaptureAsync(() => direct.Api.GetAsync(sandbox.Seed))));

            sandbox.Faults.Clear();
            sandbox.Faults.Enqueue(fault);
            seen.Add(("CLI, " + fault, await RunCliAsync(sandbox, Harness.Token, "update")));
        }

        sandbox.Faults.Clear();
        seen.Add(("CLI, wrong token", await RunCliAsync(sandbox, Harness.Token[..^1] + "x", "get")));
        seen.Add(("direct client, bad SID", await CaptureAsync(() => direct.Api.GetAsync(sandbox.Seed with { InstallSid = Harness.Token }))));
        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            seen.Add(("DI client, cancelled", await CaptureAsync(() => withResilience.Api.GetAsync(sandbox.Seed, cancelled.Token))));
        }

        seen.AddRange(withResilience.Logs.Lines.Select(line => ("log", line)));
        seen.AddRange(PublicTypes.ToStrings(Harness.Token, sandbox.BaseAddress).Select(text => ("ToString of " + text.Type, text.Text)));

        foreach ((string where, string text) in seen)
        {
            Harness.AssertNoToken(text, where);
        }

        // Not vacuous: the requests were logged with their headers (the token redacted), and failures were seen.
        Assert.Contains(withResilience.Logs.Lines, line => line.Contains("token: *", StringComparison.Ordinal));
        Assert.All(seen.Where(s => s.Where.StartsWith("DI client,", StringComparison.Ordinal) || s.Where.StartsWith("direct client,", StringComparison.Ordinal)),
            s => Assert.False(s.Text.Length == 0, s.Where + " did not fail"));
        output.WriteLine(seen.Count + " texts scanned, " + withResilience.Logs.Lines.Count + " of them log lines.");
        foreach ((string where, string text) in seen.Where(s => !s.Where.StartsWith("log", StringComparison.Ordinal) && !s.Where.StartsWith("ToString", StringComparison.Ordinal)))
        {
            output.WriteLine(where + " => " + string.Join(" | ", text.Split('\n').Take(2)));
        }
    }

    [Fact]
    public void Public_types_that_hold_a_credential_never_show_it()
    {
        IReadOnlyList<(string Type, string Text)> texts = PublicTypes.ToStrings(Harness.Token, new Uri("https://api.test/"));

        Assert.Contains(texts, t => t.Type == typeof(SmarterProctoringClientOptions).FullName && t.Text.Contains("Token = ***", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Type == typeof(HeaderAuthenticationHandler).FullName && t.Text == "HeaderAuthenticationHandler (token: ***)");
        foreach ((string type, string text) in texts)
        {
            Harness.AssertNoToken(text, "ToString of " + type);
        }

        output.WriteLine(string.Join(Environment.NewLine, texts.Select(t => t.Type + ": " + t.Text)));
    }

    /// <summary>The exception's ToString (message, inner exceptions, stack), or empty when the call succeeded.</summary>
    private static async Task<string> CaptureAsync(Func<Task> call)
    {
        try
        {
            await call();
            return string.Empty;
        }
        catch (Exception exception)
        {
            return exception.ToString() + (exception is ApiException api ? "\n" + api.Content : string.Empty);
        }
    }

    /// <summary>Runs the CLI built beside these tests against the sandbox, with the token in its environment.</summary>
    private static async Task<string> RunCliAsync(SmarterProctoringSandbox sandbox, string token, string command)
    {
        string cli = typeof(SecretTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CliAssembly").Value!;
        string repository = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(cli)!, "../../../../.."));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repository,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(cli);
        foreach (string argument in (string[])[
            "exam-config", command, "--base-url", sandbox.BaseAddress.ToString(), "--install", sandbox.Seed.InstallSid,
            "--course", sandbox.Seed.CourseSid, "--exam", sandbox.Seed.ExamSid, "--config", sandbox.Seed.ExamConfigurationSid,
            "--timeout", "1"])
        {
            start.ArgumentList.Add(argument);
        }

        if (command == "update")
        {
            start.ArgumentList.Add("--file");
            start.ArgumentList.Add(Path.Combine(repository, "samples", "update-exam-configuration.json"));
        }

        start.Environment["SMARTERPROCTORING_TOKEN"] = token;
        using Process process = Process.Start(start)!;
        Task<string> standardOutput = process.StandardOutput.ReadToEndAsync();
        Task<string> standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return "exit " + process.ExitCode + "\n" + await standardOutput + await standardError;
    }
}

/// <summary>
/// Instantiates every public type of the library and the client that can be instantiated, putting the token wherever
/// a credential goes (a constructor parameter or property named like a token, secret, credential or value, or a
/// credential provider; other strings get a neutral sample), and returns their <c>ToString()</c>.
/// </summary>
internal static class PublicTypes
{
    public static IReadOnlyList<(string Type, string Text)> ToStrings(string token, Uri baseAddress)
    {
        var texts = new List<(string, string)>();
        Assembly[] assemblies = [typeof(ApiException).Assembly, typeof(SmarterProctoringClientOptions).Assembly];
        foreach (Type type in assemblies.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsAbstract || type.IsInterface || type.IsGenericTypeDefinition || type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }

            object? instance = Create(type, token, baseAddress);
            if (instance is not null)
            {
                texts.Add((type.FullName!, instance.ToString() ?? string.Empty));
            }
        }

        return texts;
    }

    private static object? Create(Type type, string token, Uri baseAddress)
    {
        foreach (ConstructorInfo constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            object?[] arguments = [.. constructor.GetParameters().Select(p => Value(p.ParameterType, p.Name!, token, baseAddress))];
            object instance;
            try
            {
                instance = constructor.Invoke(arguments);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            // A credential string where there is one (a provider would take precedence over it), else a provider.
            PropertyInfo[] credentials = [.. type.GetProperties().Where(p => p.CanWrite && p.SetMethod!.IsPublic && IsCredential(p.Name, p.PropertyType))];
            PropertyInfo[] chosen = credentials.Any(p => p.PropertyType == typeof(string))
                ? [.. credentials.Where(p => p.PropertyType == typeof(string))]
                : credentials;
            foreach (PropertyInfo property in chosen)
            {
                property.SetValue(instance, Value(property.PropertyType, property.Name, token, baseAddress));
            }

            return instance;
        }

        return null;
    }

    private static bool IsCredential(string name, Type type) =>
        type == typeof(Func<CancellationToken, ValueTask<string>>)
        || (type == typeof(string) && (name.Contains("token", StringComparison.OrdinalIgnoreCase)
            || name.Equals("value", StringComparison.OrdinalIgnoreCase)
            || name.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || name.Contains("credential", StringComparison.OrdinalIgnoreCase)));

    private static object? Value(Type type, string name, string token, Uri baseAddress)
    {
        if (type == typeof(string))
        {
            return name.ToUpperInvariant() switch
            {
                "NAME" or "HEADERNAME" => "token",
                "PREFIX" => "AI",
                "ROUTE" or "TEMPLATE" or "PATH" => "/v1/items/{itemSid}",
                _ => IsCredential(name, type) ? token : "sample",
            };
        }

        if (type == typeof(Func<CancellationToken, ValueTask<string>>))
        {
            return new Func<CancellationToken, ValueTask<string>>(_ => ValueTask.FromResult(token));
        }

        if (type == typeof(Uri))
        {
            return baseAddress;
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(1);
        }

        if (type == typeof(Type))
        {
            return typeof(object);
        }

        return type.IsValueType ? Activator.CreateInstance(type) switch
        {
            int => 1024,
            long => 1024L,
            var other => other,
        } : null;
    }
}

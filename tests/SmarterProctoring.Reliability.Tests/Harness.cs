using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmarterProctoring.Client;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Reliability.Tests;

internal static class Harness
{
    public const string ConfigurationRoute =
        "/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}";

    /// <summary>A token shaped like the real ones (a JWT), so a leak of any part of it is easy to spot.</summary>
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWxpYWJpbGl0eSJ9.c2VjcmV0LXNpZ25hdHVyZS0xMjM0NQ";

    /// <summary>A sandbox with the test endpoints and <see cref="Token"/>.</summary>
    public static Task<SmarterProctoringSandbox> StartSandboxAsync() =>
        SmarterProctoringSandbox.StartAsync(new SmarterProctoringSandboxOptions { Token = Token, EnableTestEndpoints = true });

    public static string ConfigurationUri(SmarterProctoringSandbox sandbox, SeededExamConfiguration sids) =>
        sandbox.BaseAddress + "v1/installs/" + sids.InstallSid + "/courses/" + sids.CourseSid + "/exams/" + sids.ExamSid
        + "/configurations/" + sids.ExamConfigurationSid;

    /// <summary>The smallest valid update, marked so the stored state shows which write it came from.</summary>
    public static UpdateExamConfigurationRequest Update(string marker) => new()
    {
        InstructorAsProctor = [],
        PermittedBathroomBreak = false,
        PermittedBathroomBreakInformation = null,
        PermittedBlankPaper = true,
        PermittedBlankPaperInformation = "One sheet",
        PermittedCalculator = false,
        PermittedCalculatorInformation = null,
        PermittedDictionary = false,
        PermittedDictionaryInformation = null,
        PermittedEarplugs = false,
        PermittedEarplugsInformation = null,
        PermittedFormulaSheet = false,
        PermittedFormulaSheetInformation = null,
        PermittedNotes = false,
        PermittedNotesInformation = null,
        PermittedOtherItems = null,
        PermittedTextbook = false,
        PermittedTextbookInformation = null,
        PermittedWebsites = false,
        PermittedWebsitesInformation = null,
        StudentNotes = marker,
    };

    public static Task<ExamConfiguration> PutAsync(this IExamConfigurationsApi api, SeededExamConfiguration sids, string marker, CancellationToken cancellationToken = default) =>
        api.UpdateAsync(sids.InstallSid, sids.CourseSid, sids.ExamSid, sids.ExamConfigurationSid, Update(marker), cancellationToken);

    public static Task<ExamConfiguration> GetAsync(this IExamConfigurationsApi api, SeededExamConfiguration sids, CancellationToken cancellationToken = default) =>
        api.GetAsync(sids.InstallSid, sids.CourseSid, sids.ExamSid, sids.ExamConfigurationSid, cancellationToken);

    /// <summary>Polls <paramref name="condition"/> until it holds or 10 seconds pass (a liveness guard, not a timing assertion).</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (int i = 0; i < 500; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return condition();
    }

    /// <summary>Asserts that no part of the token (the whole, or any of its three JWT segments) is in <paramref name="text"/>.</summary>
    public static void AssertNoToken(string? text, string where)
    {
        if (text is null)
        {
            return;
        }

        foreach (string secret in (string[])[Token, .. Token.Split('.')])
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), where + " contains the token (or part of it): " + text);
        }
    }
}

/// <summary>Counts the connections a client opens, through <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
internal sealed class ClientConnections
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            Interlocked.Increment(ref _opened);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The client a user builds without DI: <see cref="SmarterProctoringClient.CreateHttpClient"/> over loopback.</summary>
internal sealed class DirectClient : IDisposable
{
    public DirectClient(SmarterProctoringSandbox sandbox, TimeSpan? timeout = null, long? maxResponseContentLength = null, DelegatingHandler? outerTransport = null)
    {
        var options = new SmarterProctoringClientOptions { BaseAddress = sandbox.BaseAddress, Token = sandbox.Token };
        options.Timeout = timeout ?? options.Timeout;
        options.MaxResponseContentLength = maxResponseContentLength ?? options.MaxResponseContentLength;
        HttpMessageHandler transport = Connections.CreateHandler();
        if (outerTransport is not null)
        {
            outerTransport.InnerHandler = transport;
            transport = outerTransport;
        }

        Http = SmarterProctoringClient.CreateHttpClient(options, transport);
        Api = IExamConfigurationsApi.Create(Http);
        Aids = ITestAidsApi.Create(Http);
    }

    public ClientConnections Connections { get; } = new();

    public HttpClient Http { get; }

    public IExamConfigurationsApi Api { get; }

    public ITestAidsApi Aids { get; }

    public void Dispose() => Http.Dispose();
}

/// <summary>The client registered with <c>IHttpClientFactory</c>, optionally with resilience, logging everything it logs.</summary>
internal sealed class DiClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public DiClient(
        SmarterProctoringSandbox sandbox,
        Action<SmarterProctoringResilienceOptions>? resilience = null,
        bool withResilience = true,
        TimeSpan? timeout = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        IHttpClientBuilder builder = services
            .AddSmarterProctoringClient(options =>
            {
                options.BaseAddress = sandbox.BaseAddress;
                options.Token = sandbox.Token;
                options.Timeout = timeout ?? options.Timeout;
            })
            .ConfigurePrimaryHttpMessageHandler(Connections.CreateHandler)
            .AddTypedClient(static http => ITestAidsApi.Create(http));
        if (withResilience)
        {
            builder.AddSmarterProctoringResilience(resilience);
        }

        _provider = services.BuildServiceProvider();
    }

    public ClientConnections Connections { get; } = new();

    public CollectingLoggerProvider Logs { get; } = new();

    public IExamConfigurationsApi Api => _provider.GetRequiredService<IExamConfigurationsApi>();

    public ITestAidsApi Aids => _provider.GetRequiredService<ITestAidsApi>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

/// <summary>Keeps every log line, with the exception logged alongside it, for the secrets scan.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue(category + " scope: " + state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(category + " " + logLevel + ": " + formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception));
    }
}

/// <summary>
/// Tests that measure memory or throughput run alone: allocations and heap size are process-wide, and other tests
/// running beside them would blur the figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasurementGroup
{
    public const string Name = "Measurements";
}

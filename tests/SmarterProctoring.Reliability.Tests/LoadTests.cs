using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SmarterProctoring.Client;
using SmarterProctoring.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace SmarterProctoring.Reliability.Tests;

/// <summary>
/// PUT + GET pairs through <c>IHttpClientFactory</c> against the sandbox over loopback: the generated client (with and
/// without resilience) beside a hand-written baseline, in the same run. Each worker owns one exam configuration, so
/// after a PUT its GET must read exactly what it wrote, and at the end each sandbox must hold exactly one write per pair.
/// </summary>
/// <remarks>
/// <para>
/// <c>dotnet test</c> runs a reduced size (1,000 pairs per client at concurrency 16). The full size (20,000 pairs per
/// client at concurrency 64) runs with
/// <c>SPD_LOAD_FULL=1 dotnet test tests/SmarterProctoring.Reliability.Tests -c Release --filter "FullyQualifiedName~LoadTests" --logger "console;verbosity=detailed"</c>,
/// which prints the table. Correctness, pooled connections and the heap each client retains are asserted; speed and
/// allocations are reported.
/// </para>
/// <para>
/// To be fair to all three, every client is warmed up first, then the pairs run in slices, one client at a time,
/// with the order rotated every slice: JIT tiering and whatever else the machine is doing spread evenly over them.
/// </para>
/// </remarks>
[Collection(MeasurementGroup.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Put_get_pairs_finish_without_errors_lost_or_duplicated_writes_or_leaked_connections()
    {
        bool full = Environment.GetEnvironmentVariable("SPD_LOAD_FULL") == "1";
        int pairs = full ? 20_000 : 1_000;
        int concurrency = full ? 64 : 16;
        int slices = full ? 8 : 4;

        LoadSubject[] subjects =
        [
            await LoadSubject.StartAsync(LoadClientKind.Baseline, concurrency, pairs),
            await LoadSubject.StartAsync(LoadClientKind.Generated, concurrency, pairs),
            await LoadSubject.StartAsync(LoadClientKind.GeneratedWithResilience, concurrency, pairs),
        ];
        try
        {
            foreach (LoadSubject subject in subjects)
            {
                await subject.WarmUpAsync(Math.Min(pairs, 2_000));
            }

            for (int slice = 0; slice < slices; slice++)
            {
                for (int i = 0; i < subjects.Length; i++)
                {
                    await subjects[(slice + i) % subjects.Length].RunSliceAsync(pairs / slices);
                }
            }

            LoadResult[] results = [.. await Task.WhenAll(subjects.Select(s => s.FinishAsync()))];
            output.WriteLine(LoadResult.Table(results, pairs, concurrency));
            foreach (LoadResult result in results)
            {
                Assert.True(result.Errors == 0, result.Name + ": " + result.Errors + " errors, first: " + result.FirstError);
                Assert.Equal(pairs, result.Writes);
                Assert.True(result.StoredStateMatches, result.Name + ": a configuration does not hold its worker's last write");

                // Pooled connections: at most one per concurrent call (plus a few), never one per request.
                Assert.InRange(result.ConnectionsOpened, 1, concurrency + 8);
                Assert.InRange(result.ServerConnectionsAccepted, 1, concurrency + 8);

                long requests = 2L * result.Pairs;
                long bound = LoadSubject.RetainedAllowance + (requests * LoadSubject.RetainedBytesPerRequest);
                Assert.True(
                    result.RetainedBytes < bound,
                    result.Name + ": the heap kept " + result.RetainedBytes / 1024 + " KB more after " + requests + " requests than before them (bound "
                    + bound / 1024 + " KB): something is kept per request");
            }
        }
        finally
        {
            foreach (LoadSubject subject in subjects)
            {
                await subject.DisposeAsync();
            }
        }
    }
}

internal enum LoadClientKind
{
    Baseline,
    Generated,
    GeneratedWithResilience,
}

internal sealed record LoadResult(
    string Name,
    int Pairs,
    TimeSpan Elapsed,
    long Errors,
    string? FirstError,
    long Writes,
    bool StoredStateMatches,
    int ConnectionsOpened,
    long ServerConnectionsAccepted,
    long AllocatedBytes,
    long RetainedBytes,
    double[] PutMilliseconds,
    double[] GetMilliseconds)
{
    public double RequestsPerSecond => Pairs * 2 / Elapsed.TotalSeconds;

    public static string Table(IReadOnlyList<LoadResult> results, int pairs, int concurrency)
    {
        var table = new StringBuilder();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{pairs:N0} PUT + GET pairs per client, concurrency {concurrency}, {Environment.ProcessorCount} cores, client and sandbox in one process over loopback"));
        table.AppendLine("| client | req/s | PUT p50 ms | PUT p99 ms | GET p50 ms | GET p99 ms | errors | writes | connections (client/server) | allocated per pair (KB) | heap retained (KB) |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (LoadResult r in results)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.RequestsPerSecond:F0} | {Percentile(r.PutMilliseconds, 0.50):F2} | {Percentile(r.PutMilliseconds, 0.99):F2} | "
                + $"{Percentile(r.GetMilliseconds, 0.50):F2} | {Percentile(r.GetMilliseconds, 0.99):F2} | {r.Errors} | {r.Writes} | "
                + $"{r.ConnectionsOpened}/{r.ServerConnectionsAccepted} | {r.AllocatedBytes / 1024.0 / r.Pairs:F1} | {r.RetainedBytes / 1024.0:F0} |"));
        }

        return table.ToString();
    }

    private static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
}

/// <summary>One client kind with its own sandbox, service provider and configurations, measured slice by slice.</summary>
internal sealed class LoadSubject : IAsyncDisposable
{
    /// <summary>
    /// What the heap may keep beyond the measured requests whatever the client does: a thread or a pooled buffer
    /// more, a connection replaced. Nothing the test itself keeps grows with the requests: the latency lists are
    /// sized up front, the sandbox's request log is already full after the warm-up (it keeps the last 1,000), and
    /// each worker overwrites one configuration.
    /// </summary>
    public const long RetainedAllowance = 1024 * 1024;

    /// <summary>
    /// What the heap may keep per measured request on top of <see cref="RetainedAllowance"/>. At the default size
    /// (2,000 requests per client) the bound is 1,149 KB, so a leak of 600 bytes or more per request fails: anything
    /// a client could keep per request — an <c>HttpRequestMessage</c> with its headers, a response, a body buffer, a
    /// cancellation registration with its closure — is larger than that. At the full size (40,000 requests) the bound
    /// is 3.5 MB, and a leak of 100 bytes per request fails.
    /// </summary>
    public const long RetainedBytesPerRequest = 64;

    private readonly LoadClientKind _kind;
    private readonly SmarterProctoringSandbox _sandbox;
    private readonly ServiceProvider _provider;
    private readonly ClientConnections _connections;
    private readonly SeededExamConfiguration[] _owned;
    private readonly string?[] _lastWrites;
    private readonly List<double> _putMilliseconds;
    private readonly List<double> _getMilliseconds;
    private TimeSpan _elapsed;
    private long _allocated;
    private long _retained;
    private long _errors;
    private string? _firstError;
    private long _writesBefore;
    private int _pairs;

    private LoadSubject(LoadClientKind kind, SmarterProctoringSandbox sandbox, ServiceProvider provider, ClientConnections connections, int concurrency, int measuredPairs)
    {
        _kind = kind;
        _sandbox = sandbox;
        _provider = provider;
        _connections = connections;
        _owned = [.. Enumerable.Range(0, concurrency).Select(_ => sandbox.AddExamConfiguration())];
        _lastWrites = new string?[concurrency];
        _putMilliseconds = new List<double>(measuredPairs);
        _getMilliseconds = new List<double>(measuredPairs);
    }

    public static async Task<LoadSubject> StartAsync(LoadClientKind kind, int concurrency, int measuredPairs)
    {
        SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        var connections = new ClientConnections();
        var services = new ServiceCollection();
        if (kind == LoadClientKind.Baseline)
        {
            services.AddHttpClient(BaselineClient.Name, http => http.BaseAddress = sandbox.BaseAddress)
                .ConfigurePrimaryHttpMessageHandler(connections.CreateHandler);
        }
        else
        {
            IHttpClientBuilder builder = services
                .AddSmarterProctoringClient(options =>
                {
                    options.BaseAddress = sandbox.BaseAddress;
                    options.Token = sandbox.Token;
                })
                .ConfigurePrimaryHttpMessageHandler(connections.CreateHandler);
            if (kind == LoadClientKind.GeneratedWithResilience)
            {
                builder.AddSmarterProctoringResilience();
            }
        }

        return new LoadSubject(kind, sandbox, services.BuildServiceProvider(), connections, concurrency, measuredPairs);
    }

    /// <summary>JIT, connection pool and thread pool; not measured, and its writes are not counted.</summary>
    public async Task WarmUpAsync(int pairs)
    {
        await RunPairsAsync(pairs, "warm-up", record: false);
        _writesBefore = _sandbox.WriteCount;
    }

    /// <summary>
    /// Runs <paramref name="pairs"/> pairs and adds what they took: time, allocations, and the growth of the live heap
    /// from before the slice to after it. The other clients are idle meanwhile, so the growth is this client's (and
    /// its sandbox's); summed over the slices it is what the client keeps for the requests it has sent.
    /// </summary>
    public async Task RunSliceAsync(int pairs)
    {
        long retainedBefore = LiveHeap();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        await RunPairsAsync(pairs, "slice " + _pairs.ToString(CultureInfo.InvariantCulture), record: true);
        _elapsed += Stopwatch.GetElapsedTime(started);
        _allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        _pairs += pairs;
        _retained += LiveHeap() - retainedBefore;
    }

    public async Task<LoadResult> FinishAsync()
    {
        double[] put = [.. _putMilliseconds.Order()];
        double[] get = [.. _getMilliseconds.Order()];
        return new LoadResult(
            _kind switch
            {
                LoadClientKind.Baseline => "hand-written baseline",
                LoadClientKind.Generated => "generated client",
                _ => "generated client + resilience",
            },
            _pairs,
            _elapsed,
            _errors,
            _firstError,
            _sandbox.WriteCount - _writesBefore,
            await StoredStateMatchesAsync(),
            _connections.Opened,
            _sandbox.ConnectionsAccepted,
            _allocated,
            _retained,
            put,
            get);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private async Task RunPairsAsync(int pairs, string label, bool record)
    {
        int next = 0;
        var putMilliseconds = new double[pairs];
        var getMilliseconds = new double[pairs];
        IHttpClientFactory factory = _provider.GetRequiredService<IHttpClientFactory>();

        async Task WorkerAsync(int worker)
        {
            SeededExamConfiguration sids = _owned[worker];
            int pair;
            while ((pair = Interlocked.Increment(ref next) - 1) < pairs)
            {
                string marker = label + " " + worker.ToString(CultureInfo.InvariantCulture) + "/" + pair.ToString(CultureInfo.InvariantCulture);
                try
                {
                    // Resolved per pair, as a scoped service would be: each resolution is a new HttpClient from the factory.
                    long started = Stopwatch.GetTimestamp();
                    ExamConfiguration stored;
                    ExamConfiguration read;
                    if (_kind == LoadClientKind.Baseline)
                    {
                        var client = new BaselineClient(factory.CreateClient(BaselineClient.Name), Harness.Token);
                        stored = await client.PutAsync(sids, Harness.Update(marker));
                        putMilliseconds[pair] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        started = Stopwatch.GetTimestamp();
                        read = await client.GetAsync(sids);
                    }
                    else
                    {
                        IExamConfigurationsApi api = _provider.GetRequiredService<IExamConfigurationsApi>();
                        stored = await api.PutAsync(sids, marker);
                        putMilliseconds[pair] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        started = Stopwatch.GetTimestamp();
                        read = await api.GetAsync(sids);
                    }

                    getMilliseconds[pair] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    _lastWrites[worker] = marker;
                    if (stored.StudentNotes != marker || read.StudentNotes != marker)
                    {
                        throw new InvalidOperationException("worker " + worker + " wrote '" + marker + "' but the PUT answered '"
                            + stored.StudentNotes + "' and the GET read '" + read.StudentNotes + "'");
                    }
                }
                catch (Exception exception)
                {
                    Interlocked.Increment(ref _errors);
                    Interlocked.CompareExchange(ref _firstError, exception.ToString(), null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, _owned.Length).Select(worker => Task.Run(() => WorkerAsync(worker))));
        if (record)
        {
            _putMilliseconds.AddRange(putMilliseconds);
            _getMilliseconds.AddRange(getMilliseconds);
        }
    }

    /// <summary>
    /// The bytes of live objects: after a full blocking collection, the finalizers it queued (a dropped response or
    /// socket) and another collection for what they released, so only what is still reachable is counted.
    /// </summary>
    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Reads every configuration back with a plain client: each must hold the last write of its worker.</summary>
    private async Task<bool> StoredStateMatchesAsync()
    {
        using var http = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        var client = new BaselineClient(http, _sandbox.Token);
        for (int worker = 0; worker < _owned.Length; worker++)
        {
            ExamConfiguration stored = await client.GetAsync(_owned[worker]);
            if (_lastWrites[worker] is { } last && stored.StudentNotes != last)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The client one would write by hand for the same two calls: <see cref="HttpRequestMessage"/>, a System.Text.Json
/// source-generated context, <see cref="Uri.EscapeDataString(string)"/>, and the same streaming read.
/// </summary>
internal sealed class BaselineClient(HttpClient http, string token)
{
    public const string Name = "baseline";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<ExamConfiguration> PutAsync(SeededExamConfiguration sids, UpdateExamConfigurationRequest body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Path(sids));
        request.Headers.TryAddWithoutValidation("token", token);
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BaselineJsonContext.Default.UpdateExamConfigurationRequest));
        request.Content.Headers.ContentType = Json;
        return await SendAsync(request);
    }

    public async Task<ExamConfiguration> GetAsync(SeededExamConfiguration sids)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path(sids));
        request.Headers.TryAddWithoutValidation("token", token);
        return await SendAsync(request);
    }

    private async Task<ExamConfiguration> SendAsync(HttpRequestMessage request)
    {
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.ExamConfiguration)
            ?? throw new InvalidOperationException("The body was JSON null.");
    }

    private static string Path(SeededExamConfiguration sids) =>
        "/v1/installs/" + Uri.EscapeDataString(sids.InstallSid) + "/courses/" + Uri.EscapeDataString(sids.CourseSid)
        + "/exams/" + Uri.EscapeDataString(sids.ExamSid) + "/configurations/" + Uri.EscapeDataString(sids.ExamConfigurationSid);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpdateExamConfigurationRequest))]
[JsonSerializable(typeof(ExamConfiguration))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// An in-process fake of the SmarterProctoring API, listening on a free port of <c>127.0.0.1</c> over plain HTTP.
/// It serves Get Configuration and Update Configuration
/// (<c>GET</c>/<c>PUT /v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}</c>)
/// with the documented validation and errors, for one seeded configuration (<see cref="Seed"/>) and any added with
/// <see cref="AddExamConfiguration()"/>.
/// </summary>
/// <remarks>
/// <para>
/// Requests are checked in this order, the first failure answering with the documented error body
/// <c>{"code":"…","message":"…","status":N}</c>: a method other than <c>GET</c> or <c>PUT</c> is 405
/// <c>METHODNOTALLOWED</c>; a missing or wrong <c>token</c> header is 403 <c>AUTHENTICATIONFAILED</c>; a path SID
/// that does not match its pattern is 400 <c>INVALIDINPUT</c>; SIDs that do not name a stored configuration are 404
/// <c>RESOURCENOTFOUND</c>. For <c>PUT</c>, a Content-Type other than <c>application/json</c> is 400
/// <c>INVALIDINPUT</c> (not 415: the API documents no 415, and a server that does not parse the body reports it as
/// invalid input), as are a body that is not a JSON object and any property that breaks the documented contract.
/// Every 400 message names the parameter or property. Any other path is 404 <c>RESOURCENOTFOUND</c>.
/// </para>
/// <para>
/// A valid <c>PUT</c> replaces the required properties and the optional properties it carries; an optional property
/// left out keeps its stored value. Unknown properties are ignored. The sandbox never logs, and never writes a
/// received token into a response.
/// </para>
/// <para>
/// For reliability tests the sandbox can misbehave on request: <see cref="Faults"/> queues error statuses, late
/// headers, stalled or cut bodies, closed connections and malformed, huge, non-JSON or empty answers for the next
/// requests (see <see cref="Fault"/>). <see cref="RecentRequests"/>, <see cref="ConnectionsAccepted"/> and
/// <see cref="OpenConnections"/> show what a client did, and <see cref="SmarterProctoringSandboxOptions.EnableTestEndpoints"/>
/// adds an echo endpoint and a call counter.
/// </para>
/// </remarks>
public sealed class SmarterProctoringSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ExamConfigurationStore _store;
    private readonly RequestLog _requests;
    private readonly ConnectionCounter _connections;
    private readonly TestEndpoints _testEndpoints;
    private int _disposed;

    private SmarterProctoringSandbox(
        WebApplication app,
        ExamConfigurationStore store,
        Uri baseAddress,
        string token,
        SeededExamConfiguration seed,
        SandboxFaults faults,
        RequestLog requests,
        ConnectionCounter connections,
        TestEndpoints testEndpoints)
    {
        _app = app;
        _store = store;
        BaseAddress = baseAddress;
        Token = token;
        Seed = seed;
        Faults = faults;
        _requests = requests;
        _connections = connections;
        _testEndpoints = testEndpoints;
    }

    /// <summary>The address to send requests to: <c>http://127.0.0.1:{port}/</c>, with the trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The only value of the <c>token</c> header this sandbox accepts.</summary>
    public string Token { get; }

    /// <summary>The exam configuration that exists from the start, with a plausible stored configuration.</summary>
    public SeededExamConfiguration Seed { get; }

    /// <summary>
    /// How many <c>PUT</c>s have been stored: each valid update counts once, a rejected one not at all. Load tests
    /// compare it with the number of updates they sent to find lost or duplicated writes.
    /// </summary>
    public long WriteCount => _store.WriteCount;

    /// <summary>
    /// The faults to apply to the next requests; empty at the start. For example
    /// <c>sandbox.Faults.Enqueue(Fault.Status(503, retryAfter: TimeSpan.FromSeconds(1)))</c> answers the next request
    /// with 503 and <c>Retry-After: 1</c>.
    /// </summary>
    public SandboxFaults Faults { get; }

    /// <summary>
    /// The last 1,000 requests received, oldest first, with the fault applied to each: to count attempts, or to
    /// measure the wait between a retried request and its retry.
    /// </summary>
    public IReadOnlyList<SandboxRequest> RecentRequests => _requests.Snapshot();

    /// <summary>How many connections the sandbox has accepted since it started.</summary>
    public long ConnectionsAccepted => _connections.Accepted;

    /// <summary>How many connections are open now: a client that leaks connections makes this grow.</summary>
    public int OpenConnections => _connections.Open;

    /// <summary>
    /// How many <c>POST</c>, <c>PUT</c>, <c>PATCH</c> and <c>DELETE</c> calls the test call counter
    /// (<c>/v1/test/calls</c>, see <see cref="SmarterProctoringSandboxOptions.EnableTestEndpoints"/>) has handled.
    /// </summary>
    public long TestCallCount => _testEndpoints.CallCount;

    /// <summary>Starts a sandbox on a free loopback port.</summary>
    /// <param name="options">The token and clock to use; <see langword="null"/> for a random token and the system clock.</param>
    /// <param name="cancellationToken">Cancels starting the server.</param>
    /// <returns>The started sandbox; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException"><see cref="SmarterProctoringSandboxOptions.Token"/> is empty or whitespace.</exception>
    public static async Task<SmarterProctoringSandbox> StartAsync(
        SmarterProctoringSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        string token = options?.Token ?? "sandbox-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        ArgumentException.ThrowIfNullOrWhiteSpace(token, nameof(options) + "." + nameof(options.Token));

        TimeProvider timeProvider = options?.TimeProvider ?? TimeProvider.System;
        var store = new ExamConfigurationStore(timeProvider);
        SeededExamConfiguration seed = store.Add(SeededExamConfiguration.New());
        var requestToken = new RequestToken(token);
        var faults = new SandboxFaults();
        var requests = new RequestLog();
        var connections = new ConnectionCounter();
        var testEndpoints = new TestEndpoints(requestToken);

        WebApplication app = Build(
            new ExamConfigurationEndpoint(store, requestToken),
            new FaultInjection(faults, requests, timeProvider),
            connections,
            options?.EnableTestEndpoints == true ? testEndpoints : null);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = app.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new SmarterProctoringSandbox(
                app, store, new Uri(address.TrimEnd('/') + "/"), token, seed, faults, requests, connections, testEndpoints);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds an exam configuration with new random SIDs and a plausible stored configuration.</summary>
    /// <returns>The SIDs that address it.</returns>
    public SeededExamConfiguration AddExamConfiguration() => _store.Add(SeededExamConfiguration.New());

    /// <summary>Adds an exam configuration at SIDs of the caller's choosing, with a plausible stored configuration.</summary>
    /// <param name="sids">The SIDs; each must match its pattern (<c>^AI[a-f0-9]{32}$</c> and so on).</param>
    /// <returns><paramref name="sids"/>.</returns>
    /// <exception cref="ArgumentException">A SID does not match its pattern.</exception>
    /// <exception cref="InvalidOperationException">The sandbox already has a configuration at these SIDs.</exception>
    public SeededExamConfiguration AddExamConfiguration(SeededExamConfiguration sids)
    {
        ArgumentNullException.ThrowIfNull(sids);
        ThrowIfInvalid(sids.InstallSid, Sid.Install, nameof(sids.InstallSid));
        ThrowIfInvalid(sids.CourseSid, Sid.Course, nameof(sids.CourseSid));
        ThrowIfInvalid(sids.ExamSid, Sid.Exam, nameof(sids.ExamSid));
        ThrowIfInvalid(sids.ExamConfigurationSid, Sid.ExamConfiguration, nameof(sids.ExamConfigurationSid));
        return _store.Add(sids);
    }

    /// <summary>Stops the server and releases its port. Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication Build(
        ExamConfigurationEndpoint endpoint, FaultInjection faultInjection, ConnectionCounter connections, TestEndpoints? testEndpoints)
    {
        // Not reloading configuration on change spares each sandbox a watcher on the working directory (an inotify
        // instance on Linux, where a user gets 128 by default), which many sandboxes at once would run out of.
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });

        // The sandbox is embedded in other processes: their appsettings.json and ASPNETCORE_*/Kestrel__* variables
        // must not add endpoints or change where it listens, and it must not write to their console.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Use(connections.Track));
        });

        WebApplication app = builder.Build();
        app.Use(faultInjection.InvokeAsync);
        app.Map(ExamConfigurationEndpoint.Route, endpoint.HandleAsync);
        if (testEndpoints is not null)
        {
            app.Map(TestEndpoints.EchoRoute, testEndpoints.EchoAsync);
            app.Map(TestEndpoints.CallsRoute, testEndpoints.CallsAsync);
            app.MapGet(TestEndpoints.PagesRoute, testEndpoints.PagesAsync);
            app.MapGet(TestEndpoints.StreamRoute, testEndpoints.StreamAsync);
        }

        app.MapFallback("{*path}", context => ApiError.WriteAsync(context, StatusCodes.Status404NotFound,
            ApiError.ResourceNotFound, "No resource is at this path."));
        return app;
    }

    private static void ThrowIfInvalid(string sid, string prefix, string paramName)
    {
        if (!Sid.IsValid(sid, prefix))
        {
            throw new ArgumentException(paramName + " must match " + Sid.Pattern(prefix) + ".", paramName);
        }
    }
}

using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Client;
using SmarterProctoring.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace SmarterProctoring.Reliability.Tests;

/// <summary>
/// Cancelling at each stage of a call surfaces <see cref="OperationCanceledException"/> with the caller's token, and
/// leaves no connection behind: the cancelled connection is closed (the sandbox sees it go) and the next call works.
/// How quickly the exception arrives is printed, not asserted; each wait has a 30-second guard so a call that ignores
/// its token fails the test instead of hanging it.
/// </summary>
public sealed class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Cancelling_before_sending_throws_with_the_callers_token_and_sends_nothing()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Api.PutAsync(sandbox.Seed, "never sent", cancellation.Token));

        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Empty(sandbox.RecentRequests);
        Assert.Equal(0, client.Connections.Opened);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_the_headers_throws_with_the_callers_token_and_closes_the_connection()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        SandboxFaultRegistration held = sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromMinutes(5)));
        using var cancellation = new CancellationTokenSource();

        Task<ExamConfiguration> call = client.Api.PutAsync(sandbox.Seed, "cancelled", cancellation.Token);
        await held.Applied.WaitAsync(Guard);
        OperationCanceledException exception = await CancelAndCatchAsync(cancellation, call);

        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.True(await Harness.EventuallyAsync(() => sandbox.OpenConnections == 0), "the cancelled connection stayed open");
        Assert.Equal(0, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
        Assert.Equal(2, client.Connections.Opened);
        Assert.Equal(1, sandbox.OpenConnections);
    }

    [Fact]
    public async Task Cancelling_while_reading_the_body_throws_with_the_callers_token_and_closes_the_connection()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        var headers = new HeadersReceivedSignal();
        using var client = new DirectClient(sandbox, outerTransport: headers);
        sandbox.Faults.Enqueue(Fault.StallBody(TimeSpan.FromMinutes(5)));
        using var cancellation = new CancellationTokenSource();

        Task<ExamConfiguration> call = client.Api.PutAsync(sandbox.Seed, "cancelled mid-body", cancellation.Token);
        await headers.Received.WaitAsync(Guard);
        OperationCanceledException exception = await CancelAndCatchAsync(cancellation, call);

        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.True(await Harness.EventuallyAsync(() => sandbox.OpenConnections == 0), "the cancelled connection stayed open");

        // The server had stored the PUT before its body stalled.
        Assert.Equal(1, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
        Assert.Equal(2, client.Connections.Opened);
    }

    [Fact]
    public async Task Cancelling_a_call_with_resilience_throws_with_the_callers_token_and_is_not_retried()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox);
        SandboxFaultRegistration held = sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromMinutes(5)));
        using var cancellation = new CancellationTokenSource();

        Task<ExamConfiguration> call = client.Api.GetAsync(sandbox.Seed, cancellation.Token);
        await held.Applied.WaitAsync(Guard);
        OperationCanceledException exception = await CancelAndCatchAsync(cancellation, call);

        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Single(sandbox.RecentRequests);
        Assert.True(await Harness.EventuallyAsync(() => sandbox.OpenConnections == 0), "the cancelled connection stayed open");
        await client.Api.GetAsync(sandbox.Seed);
    }

    private async Task<OperationCanceledException> CancelAndCatchAsync<T>(CancellationTokenSource cancellation, Task<T> call)
    {
        long started = Stopwatch.GetTimestamp();
        await cancellation.CancelAsync();
        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Guard));
        output.WriteLine("cancellation surfaced after " + Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " ms");
        return exception;
    }

    /// <summary>Completes <see cref="Received"/> when the response headers are back, so a test can cancel mid-body.</summary>
    private sealed class HeadersReceivedSignal : DelegatingHandler
    {
        private readonly TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Received => _received.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            _received.TrySetResult();
            return response;
        }
    }
}

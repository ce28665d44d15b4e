using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SmarterProctoring.Client;
using SmarterProctoring.Declarative;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Reliability.Tests;

// AddSmarterProctoringResilience against the fault-injecting sandbox. "Nothing written twice" means, per method:
// - PUT is idempotent: a retry after a fault that came before the write stores once (WriteCount 1); a retry after a
//   fault that came after the write (the connection closed once the PUT was stored) stores the same body again, and
//   the stored state is the one the caller sent: repeated identical writes leave one state.
// - POST (and PATCH) without [Idempotent] is never retried: one attempt reaches the server, whatever happened to it.
// - POST with [Idempotent] is retried like a PUT.
// Retry delays are shortened (RetryDelay 20 ms) so that only a Retry-After header can explain a long wait.
public sealed class ResilienceTests
{
    // The default attempt timeout (10 s) leaves room for a slow first call on a busy machine.
    private static readonly Action<SmarterProctoringResilienceOptions> Fast = options => options.RetryDelay = TimeSpan.FromMilliseconds(20);

    // For the tests where an attempt must time out (the sandbox holds its headers for a minute); 2 s still leaves the
    // attempts that are answered room to finish.
    private static readonly Action<SmarterProctoringResilienceOptions> ShortAttempts = options =>
    {
        options.RetryDelay = TimeSpan.FromMilliseconds(20);
        options.AttemptTimeout = TimeSpan.FromSeconds(2);
    };

    [Fact]
    public async Task A_put_is_retried_after_a_503_and_stored_once()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(503));

        ExamConfiguration stored = await client.Api.PutAsync(sandbox.Seed, "retried");

        Assert.Equal("retried", stored.StudentNotes);
        Assert.Equal(1, sandbox.WriteCount);
        Assert.Equal(["PUT", "PUT"], sandbox.RecentRequests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_get_is_retried_after_a_429_once_its_retry_after_has_passed()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(429, retryAfter: TimeSpan.FromSeconds(1)));

        await client.Api.GetAsync(sandbox.Seed);

        SandboxRequest[] requests = [.. sandbox.RecentRequests];
        Assert.Equal(2, requests.Length);
        Assert.Equal(429, requests[0].Fault!.StatusCode);
        Assert.Null(requests[1].Fault);

        // A lower bound only, with room for timer granularity: the backoff alone would have waited about 20 ms, so a
        // gap near a second can only come from Retry-After.
        TimeSpan gap = requests[1].ReceivedAt - requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromMilliseconds(900), "the retry came " + gap.TotalMilliseconds + " ms after the 429");
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_get_is_retried_after_a_transient_status(int status)
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(status));

        await client.Api.GetAsync(sandbox.Seed);

        Assert.Equal(2, sandbox.RecentRequests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(501)]
    [InlineData(505)]
    public async Task A_get_is_not_retried_after_a_status_that_repeating_cannot_fix(int status)
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(status));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.GetAsync(sandbox.Seed));

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Single(sandbox.RecentRequests);
    }

    [Fact]
    public async Task A_get_is_retried_after_a_closed_connection_and_after_an_attempt_timeout()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, ShortAttempts);
        sandbox.Faults.Enqueue(Fault.CloseConnection());
        sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromSeconds(60)));

        await client.Api.GetAsync(sandbox.Seed);

        Assert.Equal([FaultKind.CloseConnection, FaultKind.DelayHeaders, null], sandbox.RecentRequests.Select(r => r.Fault?.Kind));
    }

    [Fact]
    public async Task A_put_retried_after_its_attempt_timed_out_is_stored_once()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, ShortAttempts);
        sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromSeconds(60)));

        await client.Api.PutAsync(sandbox.Seed, "after a slow attempt");

        // The abandoned attempt's connection closed, and the sandbox dropped that request before handling it.
        Assert.True(await Harness.EventuallyAsync(() => sandbox.OpenConnections <= 1), "the abandoned attempt's connection stayed open");
        Assert.Equal(1, sandbox.WriteCount);
    }

    [Fact]
    public async Task A_put_whose_connection_closed_after_the_write_is_retried_and_leaves_the_state_it_sent()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.CloseConnection());

        ExamConfiguration stored = await client.Api.PutAsync(sandbox.Seed, "sent twice");

        // Two identical writes (the first one's answer was lost), one resulting state: what PUT's idempotency promises.
        Assert.Equal(2, sandbox.WriteCount);
        Assert.Equal("sent twice", stored.StudentNotes);
        Assert.Equal("sent twice", (await client.Api.GetAsync(sandbox.Seed)).StudentNotes);
    }

    [Fact]
    public async Task A_post_is_not_retried_after_a_503()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(503));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Aids.PostCallAsync(new CallNote("once")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("POST /v1/test/calls", exception.Message[..exception.Message.IndexOf(" answered", StringComparison.Ordinal)]);
        Assert.Single(sandbox.RecentRequests);
        Assert.Equal(0, sandbox.TestCallCount);
        Assert.Equal(1, (await client.Aids.PostCallAsync(new CallNote("next"))).Count);
    }

    [Fact]
    public async Task A_post_whose_connection_closed_after_it_was_handled_is_not_sent_again()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.CloseConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => client.Aids.PostCallAsync(new CallNote("once")));

        // The server acted on it; the caller saw an error; the client did not repeat it.
        Assert.Equal(1, sandbox.TestCallCount);
        Assert.Single(sandbox.RecentRequests);
        Assert.Equal(2, (await client.Aids.PostCallAsync(new CallNote("next"))).Count);
    }

    [Fact]
    public async Task A_post_is_not_retried_after_an_attempt_timeout()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, ShortAttempts);
        sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromSeconds(60)));

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Aids.PostCallAsync(new CallNote("once")));

        Assert.Equal(
            "The request was canceled because its last attempt did not complete within the AttemptTimeout of 2 s (SmarterProctoringResilienceOptions).",
            exception.Message);
        Assert.IsType<TimeoutException>(exception.InnerException);
        Assert.Single(sandbox.RecentRequests);
    }

    [Fact]
    public async Task A_patch_is_not_retried_after_a_503()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(503));

        await Assert.ThrowsAsync<ApiException>(() => client.Aids.PatchCallAsync(new CallNote("once")));

        Assert.Single(sandbox.RecentRequests);
        Assert.Equal(0, sandbox.TestCallCount);
    }

    [Fact]
    public async Task A_post_marked_idempotent_is_retried_after_a_503()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(503));

        CallCount count = await client.Aids.PostIdempotentCallAsync(new CallNote("retried"));

        Assert.Equal(1, count.Count);
        Assert.Equal(["POST", "POST"], sandbox.RecentRequests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_delete_is_retried_after_a_503()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(503));

        CallCount count = await client.Aids.DeleteCallAsync();

        Assert.Equal(1, count.Count);
        Assert.Equal(["DELETE", "DELETE"], sandbox.RecentRequests.Select(r => r.Method));
    }

    [Fact]
    public async Task When_retries_run_out_the_caller_gets_the_last_answer()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, options =>
        {
            Fast(options);
            options.MaxRetryAttempts = 2;
        });
        sandbox.Faults.Enqueue(Fault.Status(503), times: 10);

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "never stored"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(3, sandbox.RecentRequests.Count);
        Assert.Equal(0, sandbox.WriteCount);
    }

    [Fact]
    public async Task A_retry_after_longer_than_MaxRetryAfter_is_not_waited_for()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.Status(429, retryAfter: TimeSpan.FromMinutes(2)));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.GetAsync(sandbox.Seed));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(2), exception.Headers!.RetryAfter!.Delta);
        Assert.Single(sandbox.RecentRequests);
    }

    [Fact]
    public async Task The_total_timeout_ends_a_call_whose_every_attempt_times_out()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, options =>
        {
            options.RetryDelay = TimeSpan.FromMilliseconds(20);
            options.AttemptTimeout = TimeSpan.FromSeconds(1);
            options.TotalRequestTimeout = TimeSpan.FromSeconds(2.5);
        });
        sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromSeconds(60)), times: 10);

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Api.GetAsync(sandbox.Seed));

        Assert.Equal(
            "The request was canceled because it did not complete within the TotalRequestTimeout of 2.5 s (SmarterProctoringResilienceOptions).",
            exception.Message);
        Assert.IsType<TimeoutException>(exception.InnerException);
        Assert.True(sandbox.RecentRequests.Count >= 2, "no attempt was retried before the total timeout");
        sandbox.Faults.Clear();
        await client.Api.GetAsync(sandbox.Seed);
    }

    [Fact]
    public async Task A_body_cut_after_the_headers_is_not_retried_because_the_answer_had_arrived()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        await using var client = new DiClient(sandbox, Fast);
        sandbox.Faults.Enqueue(Fault.CloseConnectionMidBody());

        HttpRequestException exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.PutAsync(sandbox.Seed, "cut"));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Single(sandbox.RecentRequests);
        Assert.Equal(1, sandbox.WriteCount);
    }

    [Fact]
    public void Settings_that_cannot_work_together_are_refused_when_registering()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.IHttpClientBuilder builder = services.AddSmarterProctoringClient(_ => { });

        ArgumentException exception = Assert.Throws<ArgumentException>(() => builder.AddSmarterProctoringResilience(options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(30);
            options.TotalRequestTimeout = TimeSpan.FromSeconds(10);
        }));

        Assert.StartsWith(
            "TotalRequestTimeout (10 s) must be longer than AttemptTimeout (30 s), or no attempt could be retried.",
            exception.Message,
            StringComparison.Ordinal);
    }
}

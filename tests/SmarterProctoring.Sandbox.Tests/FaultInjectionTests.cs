using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

/// <summary>What each <see cref="Fault"/> puts on the wire, seen by a plain <see cref="HttpClient"/>.</summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task A_status_fault_answers_the_error_body_with_retry_after_rounded_up_and_stores_nothing()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.Status(503, retryAfter: TimeSpan.FromMilliseconds(1500)));

        HttpResponseMessage response = await client.PutAsync(sandbox.Seed, SandboxClient.MinimalBody());

        string message = await SandboxClient.AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable, "SANDBOXFAULT");
        Assert.Equal("The sandbox injected a 503 (Service Unavailable).", message);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter!.Delta);
        Assert.Equal(0, sandbox.WriteCount);
    }

    [Fact]
    public async Task A_fault_applies_to_as_many_requests_as_asked_then_requests_are_served_normally()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        SandboxFaultRegistration registration = sandbox.Faults.Enqueue(Fault.Status(500), times: 2);

        HttpStatusCode[] statuses = [.. await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => (await client.GetAsync(sandbox.Seed)).StatusCode))];

        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.InternalServerError));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(0, registration.Remaining);
        Assert.Equal(0, sandbox.Faults.Pending);
        Assert.True(registration.Applied.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_fault_limited_to_a_method_skips_other_methods()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.Status(502), method: "PUT");

        HttpResponseMessage get = await client.GetAsync(sandbox.Seed);
        HttpResponseMessage put = await client.PutAsync(sandbox.Seed, SandboxClient.MinimalBody());

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, put.StatusCode);
    }

    [Fact]
    public async Task Clear_drops_queued_faults()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.Status(500), times: 3);

        sandbox.Faults.Clear();

        Assert.Equal(0, sandbox.Faults.Pending);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(sandbox.Seed)).StatusCode);
    }

    [Fact]
    public async Task An_empty_body_fault_stores_the_put_and_answers_200_with_no_content()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.EmptyBody());

        HttpResponseMessage response = await client.PutAsync(sandbox.Seed, SandboxClient.MinimalBody());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, sandbox.WriteCount);
    }

    [Fact]
    public async Task Malformed_json_is_the_first_half_of_the_real_answer_with_a_matching_length()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        string whole = await (await client.GetAsync(sandbox.Seed)).Content.ReadAsStringAsync();
        sandbox.Faults.Enqueue(Fault.MalformedJson());

        HttpResponseMessage response = await client.GetAsync(sandbox.Seed);
        string half = await response.Content.ReadAsStringAsync();

        Assert.Equal(whole[..(whole.Length / 2)], half);
        Assert.Equal(half.Length, response.Content.Headers.ContentLength);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(half));
    }

    [Fact]
    public async Task A_wrong_content_type_fault_answers_200_with_an_html_page_and_stores_nothing()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.WrongContentType());

        HttpResponseMessage response = await client.PutAsync(sandbox.Seed, SandboxClient.MinimalBody());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.WriteCount);
    }

    [Fact]
    public async Task An_oversized_body_has_exactly_the_size_asked_for()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.OversizedBody(200_000, statusCode: 502));

        HttpResponseMessage response = await client.GetAsync(sandbox.Seed);
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(200_000, body.Length);
        using JsonDocument document = JsonDocument.Parse(body);
        Assert.Equal(200_000 - "{\"padding\":\"\"}".Length, document.RootElement.GetProperty("padding").GetString()!.Length);
    }

    [Fact]
    public async Task Whitespace_padding_precedes_the_real_answer_which_stays_valid_json()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.WhitespacePadding(100_000));

        HttpResponseMessage response = await client.GetAsync(sandbox.Seed);
        string body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith(new string(' ', 100_000) + "{", body, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(body);
        Assert.Equal(sandbox.Seed.ExamConfigurationSid, document.RootElement.GetProperty("sid").GetString());
    }

    [Fact]
    public async Task Closing_the_connection_after_a_put_fails_the_request_although_it_was_stored()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.CloseConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PutAsync(sandbox.Seed, SandboxClient.MinimalBody()));

        Assert.Equal(1, sandbox.WriteCount);
    }

    [Fact]
    public async Task Closing_the_connection_mid_body_sends_the_headers_and_part_of_the_body()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.CloseConnectionMidBody());

        HttpResponseMessage response = await client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, SandboxClient.Path(sandbox.Seed)), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        HttpRequestException exception = await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync());
        Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpIOException>(exception.InnerException).HttpRequestError);
    }

    [Fact]
    public async Task A_delay_holds_the_headers_and_a_client_that_leaves_is_never_handled()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        SandboxFaultRegistration delay = sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromMinutes(5)));
        using var cancellation = new CancellationTokenSource();

        Task<HttpResponseMessage> put = client.SendAsync(
            new HttpRequestMessage(HttpMethod.Put, SandboxClient.Path(sandbox.Seed))
            {
                Content = new StringContent(SandboxClient.MinimalBody().ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            },
            HttpCompletionOption.ResponseHeadersRead,
            cancellation.Token);
        await delay.Applied.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => put);
        Assert.True(await EventuallyAsync(() => sandbox.OpenConnections == 0));
        Assert.Equal(0, sandbox.WriteCount);
    }

    [Fact]
    public async Task A_stalled_body_sends_the_first_half_then_waits()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        SandboxFaultRegistration stall = sandbox.Faults.Enqueue(Fault.StallBody(TimeSpan.FromMinutes(5)));

        using HttpResponseMessage response = await client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, SandboxClient.Path(sandbox.Seed)), HttpCompletionOption.ResponseHeadersRead);
        await stall.Applied.WaitAsync(TimeSpan.FromSeconds(30));
        using var stream = await response.Content.ReadAsStreamAsync();
        byte[] buffer = new byte[64];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await stream.ReadAsync(buffer) > 0);
        Assert.Equal((byte)'{', buffer[0]);
    }

    [Fact]
    public async Task Recent_requests_keep_method_raw_target_time_and_fault_for_the_last_thousand()
    {
        var clock = new SteppingClock();
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync(new SmarterProctoringSandboxOptions { TimeProvider = clock });
        using var client = new SandboxClient(sandbox);
        sandbox.Faults.Enqueue(Fault.Status(429));

        await client.GetAsync("v1/anything%2Fhere?x=%20y", sandbox.Token);
        for (int i = 0; i < 1_000; i++)
        {
            await client.GetAsync(sandbox.Seed);
        }

        Assert.Equal(1_000, sandbox.RecentRequests.Count);
        Assert.All(sandbox.RecentRequests, r => Assert.Null(r.Fault));
        Assert.True(sandbox.RecentRequests[^1].ReceivedAt > sandbox.RecentRequests[0].ReceivedAt);
    }

    [Fact]
    public async Task The_first_recent_request_has_its_raw_target_and_fault()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        Fault fault = Fault.Status(429);
        sandbox.Faults.Enqueue(fault);

        await client.GetAsync("v1/anything%2Fhere?x=%20y", sandbox.Token);

        SandboxRequest request = Assert.Single(sandbox.RecentRequests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/anything%2Fhere?x=%20y", request.Target);
        Assert.Same(fault, request.Fault);
    }

    [Fact]
    public async Task Connections_are_counted_as_accepted_and_open()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using (var client = new SandboxClient(sandbox))
        {
            await client.GetAsync(sandbox.Seed);
            await client.GetAsync(sandbox.Seed);

            Assert.Equal(1, sandbox.ConnectionsAccepted);
            Assert.Equal(1, sandbox.OpenConnections);
        }

        Assert.True(await EventuallyAsync(() => sandbox.OpenConnections == 0));
    }

    [Fact]
    public void Fault_factories_refuse_values_that_make_no_sense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Status(200));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Status(600));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Status(503, TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.DelayHeaders(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.StallBody(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.OversizedBody(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.WhitespacePadding(-1));
    }

    [Theory]
    [InlineData(FaultKind.Status, false)]
    [InlineData(FaultKind.WrongContentType, false)]
    [InlineData(FaultKind.OversizedBody, false)]
    [InlineData(FaultKind.DelayHeaders, true)]
    [InlineData(FaultKind.StallBody, true)]
    [InlineData(FaultKind.CloseConnection, true)]
    [InlineData(FaultKind.CloseConnectionMidBody, true)]
    [InlineData(FaultKind.MalformedJson, true)]
    [InlineData(FaultKind.WhitespacePadding, true)]
    [InlineData(FaultKind.EmptyBody, true)]
    public void Faults_say_whether_the_endpoint_handles_the_request(FaultKind kind, bool handles)
    {
        Fault fault = kind switch
        {
            FaultKind.Status => Fault.Status(500),
            FaultKind.WrongContentType => Fault.WrongContentType(),
            FaultKind.OversizedBody => Fault.OversizedBody(100),
            FaultKind.DelayHeaders => Fault.DelayHeaders(TimeSpan.FromSeconds(1)),
            FaultKind.StallBody => Fault.StallBody(TimeSpan.FromSeconds(1)),
            FaultKind.CloseConnection => Fault.CloseConnection(),
            FaultKind.CloseConnectionMidBody => Fault.CloseConnectionMidBody(),
            FaultKind.MalformedJson => Fault.MalformedJson(),
            FaultKind.WhitespacePadding => Fault.WhitespacePadding(10),
            _ => Fault.EmptyBody(),
        };

        Assert.Equal(kind, fault.Kind);
        Assert.Equal(handles, fault.HandlesRequest);
    }

    internal static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (int i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        return condition();
    }

    /// <summary>A clock that moves one millisecond each time it is read.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}

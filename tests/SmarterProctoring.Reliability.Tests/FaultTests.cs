using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using SmarterProctoring.Client;
using SmarterProctoring.Declarative;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Reliability.Tests;

// What a caller sees for each fault, without resilience: the exact exception, whether the sandbox stored the PUT, and
// that the same client's next call succeeds. "Nothing written twice" here means: no call is repeated by the client,
// so WriteCount is 0 for a fault that replaces the answer and 1 for a fault that damages it after the write.
// Transport faults surface as .NET's own types, so callers need no library-specific catch: HttpRequestException when
// the connection fails, TaskCanceledException with a TimeoutException inside when a timeout runs out (the shape
// HttpClient.Timeout has always had). Anything the server did answer is an ApiException naming the route and status.
internal static class FaultAssertions
{
    /// <summary>The same client's next PUT and GET succeed and agree, and the sandbox holds exactly the expected writes.</summary>
    public static async Task AssertNextCallsSucceedAsync(
        IExamConfigurationsApi api, SmarterProctoringSandbox sandbox, SeededExamConfiguration sids, long writesBefore)
    {
        ExamConfiguration stored = await api.PutAsync(sids, "after the fault");
        ExamConfiguration read = await api.GetAsync(sids);

        Assert.Equal("after the fault", stored.StudentNotes);
        Assert.Equal("after the fault", read.StudentNotes);
        Assert.Equal(writesBefore + 1, sandbox.WriteCount);
    }
}

public sealed class StatusFaultTests
{
    [Theory]
    [InlineData(500, "Internal Server Error", null)]
    [InlineData(502, "Bad Gateway", null)]
    [InlineData(503, "Service Unavailable", null)]
    [InlineData(504, "Gateway Timeout", null)]
    [InlineData(500, "Internal Server Error", 2)]
    [InlineData(502, "Bad Gateway", 2)]
    [InlineData(503, "Service Unavailable", 2)]
    [InlineData(504, "Gateway Timeout", 2)]
    [InlineData(429, "Too Many Requests", 7)]
    public async Task An_error_status_is_an_ApiException_with_route_status_and_retry_after_and_nothing_is_stored(
        int status, string reason, int? retryAfterSeconds)
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        TimeSpan? retryAfter = retryAfterSeconds is int seconds ? TimeSpan.FromSeconds(seconds) : null;
        sandbox.Faults.Enqueue(Fault.Status(status, retryAfter));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "faulted"));

        Assert.Equal(
            "PUT " + Harness.ConfigurationRoute + " answered " + status + " (" + reason + ") SANDBOXFAULT: The sandbox injected a "
            + status + " (" + reason + "). Request URI: " + Harness.ConfigurationUri(sandbox, sandbox.Seed),
            exception.Message);
        Assert.Equal(ApiExceptionKind.UnsuccessfulStatus, exception.Kind);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal(Harness.ConfigurationRoute, exception.RouteTemplate);
        Assert.Equal(retryAfter, exception.Headers!.RetryAfter?.Delta);
        Harness.AssertNoToken(exception.ToString(), "the exception");
        Assert.Equal(0, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
    }
}

public sealed class TimeoutFaultTests
{
    [Fact]
    public async Task Headers_later_than_the_timeout_are_a_TaskCanceledException_with_a_TimeoutException_and_nothing_is_stored()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox, timeout: TimeSpan.FromSeconds(1));
        sandbox.Faults.Enqueue(Fault.DelayHeaders(TimeSpan.FromSeconds(60)));

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Api.PutAsync(sandbox.Seed, "faulted"));

        Assert.Equal("The request was canceled due to the configured HttpClient.Timeout of 1 seconds elapsing.", exception.Message);
        Assert.IsType<TimeoutException>(exception.InnerException);
        Harness.AssertNoToken(exception.ToString(), "the exception");

        // The client closed the connection; the sandbox saw it go and dropped the delayed request unhandled.
        Assert.True(await Harness.EventuallyAsync(() => sandbox.OpenConnections == 0), "the timed-out connection stayed open");
        Assert.Equal(0, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
        Assert.Equal(2, client.Connections.Opened);
    }

    [Fact]
    public async Task A_body_that_stalls_past_the_timeout_is_a_TaskCanceledException_with_a_TimeoutException_after_the_write()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        // Long enough for the headers to arrive on a busy machine; the body then runs out of the rest of it.
        using var client = new DirectClient(sandbox, timeout: TimeSpan.FromSeconds(3));
        sandbox.Faults.Enqueue(Fault.StallBody(TimeSpan.FromSeconds(60)));

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(() => client.Api.PutAsync(sandbox.Seed, "stalled"));

        Assert.Equal("The request was canceled because its response body did not arrive within the timeout of 3 seconds.", exception.Message);
        Assert.IsType<TimeoutException>(exception.InnerException);
        Harness.AssertNoToken(exception.ToString(), "the exception");

        // The server stored the PUT before it stalled: the write happened once, and the client knows only that it failed.
        Assert.Equal(1, sandbox.WriteCount);
        Assert.Equal("stalled", (await client.Api.GetAsync(sandbox.Seed)).StudentNotes);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
        Assert.True(await Harness.EventuallyAsync(() => sandbox.OpenConnections <= 1), "the stalled connection stayed open");
    }
}

public sealed class ConnectionFaultTests
{
    [Fact]
    public async Task A_connection_closed_before_the_answer_is_an_HttpRequestException_although_the_write_happened()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.CloseConnection());

        HttpRequestException exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.PutAsync(sandbox.Seed, "closed"));

        Assert.Equal("An error occurred while sending the request.", exception.Message);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
        Assert.Null(exception.StatusCode);
        Harness.AssertNoToken(exception.ToString(), "the exception");
        Assert.Equal(1, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
    }

    [Fact]
    public async Task A_connection_closed_mid_body_is_an_HttpRequestException_naming_the_call_and_its_status()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.CloseConnectionMidBody());

        HttpRequestException exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.PutAsync(sandbox.Seed, "cut"));

        Assert.Matches(
            "^PUT " + Regex(Harness.ConfigurationRoute) + @" answered 200 \(OK\), but the connection failed while its body was being read "
            + @"\(the server answered, so the request may have taken effect\): The response ended prematurely, with at least \d+ additional "
            + @"bytes expected\. \(ResponseEnded\)\. Request URI: " + Regex(Harness.ConfigurationUri(sandbox, sandbox.Seed)) + "$",
            exception.Message);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Equal(HttpRequestError.ResponseEnded, exception.HttpRequestError);
        Assert.IsType<HttpIOException>(exception.InnerException);
        Harness.AssertNoToken(exception.ToString(), "the exception");
        Assert.Equal(1, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
    }

    [Fact]
    public async Task A_get_cut_mid_body_does_not_warn_that_it_may_have_taken_effect()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.CloseConnectionMidBody());

        HttpRequestException exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.GetAsync(sandbox.Seed));

        Assert.StartsWith(
            "GET " + Harness.ConfigurationRoute + " answered 200 (OK), but the connection failed while its body was being read: The response ended prematurely",
            exception.Message,
            StringComparison.Ordinal);
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}

public sealed class BodyFaultTests
{
    [Fact]
    public async Task Malformed_json_is_an_ApiException_naming_the_type_with_the_JsonException_and_the_body_kept()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.MalformedJson());

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "malformed"));

        Assert.StartsWith(
            "PUT " + Harness.ConfigurationRoute + " answered 200 (OK), but its body could not be read as ExamConfiguration: ",
            exception.Message,
            StringComparison.Ordinal);
        Assert.EndsWith(". Request URI: " + Harness.ConfigurationUri(sandbox, sandbox.Seed), exception.Message, StringComparison.Ordinal);
        Assert.Equal(ApiExceptionKind.UnreadableContent, exception.Kind);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.StartsWith("{\"sid\":\"" + sandbox.Seed.ExamConfigurationSid + "\"", exception.Content, StringComparison.Ordinal);
        Assert.False(exception.IsContentTruncated);
        Harness.AssertNoToken(exception.ToString(), "the exception");

        // The server handled the PUT and then garbled its answer: one write, which the caller cannot confirm.
        Assert.Equal(1, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
    }

    [Fact]
    public async Task An_html_page_is_an_ApiException_that_names_the_content_type_and_keeps_the_page()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.WrongContentType());

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "html"));

        Assert.Equal(
            "PUT " + Harness.ConfigurationRoute + " answered 200 (OK), but its body could not be read as ExamConfiguration: "
            + "'<' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0. "
            + "The response Content-Type was 'text/html', not JSON. Request URI: " + Harness.ConfigurationUri(sandbox, sandbox.Seed),
            exception.Message);
        Assert.Equal("text/html", exception.ContentType);
        Assert.StartsWith("<!DOCTYPE html>", exception.Content, StringComparison.Ordinal);
        Harness.AssertNoToken(exception.ToString(), "the exception");
        Assert.Equal(0, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
    }

    [Fact]
    public async Task An_empty_200_is_an_ApiException_that_says_the_body_is_empty()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.EmptyBody());

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "empty"));

        Assert.Equal(
            "PUT " + Harness.ConfigurationRoute + " answered 200 (OK), but its body could not be read as ExamConfiguration: "
            + "the body is empty. Request URI: " + Harness.ConfigurationUri(sandbox, sandbox.Seed),
            exception.Message);
        Assert.Null(exception.Content);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Equal(1, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
    }
}

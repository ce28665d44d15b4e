using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SmarterProctoring.Client;
using SmarterProctoring.Declarative;
using SmarterProctoring.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace SmarterProctoring.Reliability.Tests;

/// <summary>
/// Bodies far larger than expected. The client streams (it never buffers a body whole), an error keeps a bounded copy,
/// and <see cref="SmarterProctoringClientOptions.MaxResponseContentLength"/> stops a body that would have to be held in
/// memory (one huge JSON string) before it is. Allocation figures are process-wide (client and sandbox), so these run
/// alone; the bounds asserted are generous, and the figures are printed.
/// </summary>
[Collection(MeasurementGroup.Name)]
public sealed class LargeBodyTests(ITestOutputHelper output)
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task A_50_MB_body_over_the_limit_is_an_ApiException_that_says_so_and_is_not_read_to_its_end()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.OversizedBody(FiftyMegabytes));

        (ApiException exception, long allocated) = await MeasureAsync(() => Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "huge")));

        Assert.Equal(
            "PUT " + Harness.ConfigurationRoute + " answered 200 (OK), but its body could not be read as ExamConfiguration: "
            + "the body is larger than the limit of 16777216 bytes. Request URI: " + Harness.ConfigurationUri(sandbox, sandbox.Seed),
            exception.Message);
        Assert.Equal(ApiExceptionKind.UnreadableContent, exception.Kind);
        HttpRequestException limit = Assert.IsAssignableFrom<HttpRequestException>(exception.InnerException);
        Assert.Equal(HttpRequestError.ConfigurationLimitExceeded, limit.HttpRequestError);
        Assert.True(exception.IsContentTruncated);
        Assert.Equal(ApiException.MaxContentBytes, exception.Content!.Length);
        Assert.StartsWith("{\"padding\":\"xxxx", exception.Content, StringComparison.Ordinal);
        Report("50 MB JSON string, 16 MiB limit", allocated);

        // Unbounded, System.Text.Json would hold the whole string token (measured: about 360 MB allocated for 50 MB).
        Assert.True(allocated < 64 * Megabyte, "allocated " + allocated / Megabyte + " MB");
        Assert.Equal(0, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
    }

    [Fact]
    public async Task A_lower_limit_bounds_memory_by_the_limit_not_by_the_body()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox, maxResponseContentLength: Megabyte);
        sandbox.Faults.Enqueue(Fault.OversizedBody(FiftyMegabytes));

        (ApiException exception, long allocated) = await MeasureAsync(() => Assert.ThrowsAsync<ApiException>(() => client.Api.GetAsync(sandbox.Seed)));

        Assert.EndsWith(
            "could not be read as ExamConfiguration: the body is larger than the limit of 1048576 bytes. Request URI: "
            + Harness.ConfigurationUri(sandbox, sandbox.Seed),
            exception.Message,
            StringComparison.Ordinal);
        Report("50 MB JSON string, 1 MiB limit", allocated);
        Assert.True(allocated < 16 * Megabyte, "allocated " + allocated / Megabyte + " MB");
    }

    [Fact]
    public async Task A_50_MB_error_body_keeps_only_a_bounded_copy()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.OversizedBody(FiftyMegabytes, statusCode: 500));

        (ApiException exception, long allocated) = await MeasureAsync(() => Assert.ThrowsAsync<ApiException>(() => client.Api.GetAsync(sandbox.Seed)));

        Assert.Equal(
            "GET " + Harness.ConfigurationRoute + " answered 500 (Internal Server Error). Request URI: "
            + Harness.ConfigurationUri(sandbox, sandbox.Seed),
            exception.Message);
        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.True(exception.IsContentTruncated);
        Assert.Equal(ApiException.MaxContentBytes, exception.Content!.Length);
        Report("50 MB error body", allocated);
        Assert.True(allocated < 16 * Megabyte, "allocated " + allocated / Megabyte + " MB");
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 0);
    }

    [Fact]
    public async Task A_valid_answer_behind_50_MB_of_whitespace_streams_in_constant_memory_when_the_limit_allows_it()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox, maxResponseContentLength: 64 * Megabyte);
        sandbox.Faults.Enqueue(Fault.WhitespacePadding(FiftyMegabytes));

        (ExamConfiguration configuration, long allocated) = await MeasureAsync(() => client.Api.PutAsync(sandbox.Seed, "padded"));

        Assert.Equal("padded", configuration.StudentNotes);
        Report("valid answer behind 50 MB of whitespace", allocated);
        Assert.True(allocated < 16 * Megabyte, "allocated " + allocated / Megabyte + " MB");
        Assert.Equal(1, sandbox.WriteCount);
    }

    [Fact]
    public async Task Whitespace_padding_over_the_default_limit_is_refused_after_the_write()
    {
        await using SmarterProctoringSandbox sandbox = await Harness.StartSandboxAsync();
        using var client = new DirectClient(sandbox);
        sandbox.Faults.Enqueue(Fault.WhitespacePadding(FiftyMegabytes));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Api.PutAsync(sandbox.Seed, "padded"));

        Assert.Contains("the body is larger than the limit of 16777216 bytes.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.WriteCount);
        await FaultAssertions.AssertNextCallsSucceedAsync(client.Api, sandbox, sandbox.Seed, writesBefore: 1);
    }

    private static async Task<(T Result, long Allocated)> MeasureAsync<T>(Func<Task<T>> action)
    {
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        T result = await action();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private void Report(string what, long allocated) =>
        output.WriteLine(what + ": " + (allocated / (double)Megabyte).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            + " MB allocated in the process (client and sandbox)");
}

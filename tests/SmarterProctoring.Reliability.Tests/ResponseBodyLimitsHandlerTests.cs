using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Http;
using Xunit;

namespace SmarterProctoring.Reliability.Tests;

/// <summary><see cref="ResponseBodyLimitsHandler"/> on its own, over an in-memory transport.</summary>
public sealed class ResponseBodyLimitsHandlerTests
{
    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read_and_one_byte_more_is_refused()
    {
        using var exact = new HttpClient(new ResponseBodyLimitsHandler(Timeout.InfiniteTimeSpan, 1000) { InnerHandler = new BodyOf(1000) });
        using var over = new HttpClient(new ResponseBodyLimitsHandler(Timeout.InfiniteTimeSpan, 1000) { InnerHandler = new BodyOf(1001) });

        byte[] read = await exact.GetByteArrayAsync("https://api.test/");
        HttpRequestException exception = await Assert.ThrowsAnyAsync<HttpRequestException>(() => over.GetByteArrayAsync("https://api.test/"));

        Assert.Equal(1000, read.Length);
        HttpRequestException limit = exception.InnerException as HttpRequestException ?? exception;
        Assert.Equal(HttpRequestError.ConfigurationLimitExceeded, limit.HttpRequestError);
        Assert.Equal("The response body is larger than the limit of 1000 bytes.", limit.Message);
    }

    [Fact]
    public async Task Content_headers_are_kept()
    {
        using var client = new HttpClient(new ResponseBodyLimitsHandler(TimeSpan.FromMinutes(1), 1000) { InnerHandler = new BodyOf(10) });

        using HttpResponseMessage response = await client.GetAsync("https://api.test/", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(10, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_stalled_body_times_out_like_HttpClient_Timeout()
    {
        using var client = new HttpClient(new ResponseBodyLimitsHandler(TimeSpan.FromMilliseconds(200), 1000) { InnerHandler = new StalledBody() });
        using HttpResponseMessage response = await client.GetAsync("https://api.test/", HttpCompletionOption.ResponseHeadersRead);
        Stream body = await response.Content.ReadAsStreamAsync();

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(() => body.ReadAsync(new byte[10]).AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("The request was canceled because its response body did not arrive within the timeout of 0.2 seconds.", exception.Message);
        Assert.IsType<TimeoutException>(exception.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_of_a_read_carries_the_callers_token()
    {
        using var client = new HttpClient(new ResponseBodyLimitsHandler(TimeSpan.FromMinutes(1), 1000) { InnerHandler = new StalledBody() });
        using HttpResponseMessage response = await client.GetAsync("https://api.test/", HttpCompletionOption.ResponseHeadersRead);
        Stream body = await response.Content.ReadAsStreamAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => body.ReadAsync(new byte[10], cancellation.Token).AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseBodyLimitsHandler(TimeSpan.Zero, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseBodyLimitsHandler(TimeSpan.FromSeconds(1), 0));
    }

    private sealed class BodyOf(int length) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(new byte[length]);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    /// <summary>Answers at once with a body that never delivers a byte until its read is cancelled.</summary>
    private sealed class StalledBody : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new NeverStream()) });

        private sealed class NeverStream : Stream
        {
            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => 0; set => throw new NotSupportedException(); }

            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return 0;
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}

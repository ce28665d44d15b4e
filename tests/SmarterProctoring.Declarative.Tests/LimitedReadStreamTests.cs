using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Http;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>
/// The body stream of <see cref="ResponseBodyLimitsHandler"/> links the caller's token with the deadline once per
/// stream, not once per read, and the deadline still applies to every read.
/// </summary>
public sealed class LimitedReadStreamTests
{
    [Fact]
    public async Task A_body_read_in_many_small_reads_links_the_callers_token_with_the_deadline_once()
    {
        const int length = 4 * 1024 * 1024;
        using var client = new HttpClient(new ResponseBodyLimitsHandler(TimeSpan.FromMinutes(1), length) { InnerHandler = new Chunks(length, stall: false) });
        using HttpResponseMessage response = await client.GetAsync("https://api.test/", HttpCompletionOption.ResponseHeadersRead);
        var body = Assert.IsType<ResponseBodyLimitsHandler.LimitedReadStream>(await response.Content.ReadAsStreamAsync());
        using var caller = new CancellationTokenSource();
        var buffer = new byte[4096];

        long total = 0;
        int reads = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, caller.Token)) > 0)
        {
            total += read;
            reads++;
        }

        Assert.Equal(length, total);
        Assert.True(reads >= 1024, reads + " reads");
        Assert.Equal(1, body.LinkedTokenSourceCount);
    }

    [Fact]
    public async Task The_deadline_still_cancels_a_slow_read_after_many_reads_with_the_callers_token()
    {
        using var client = new HttpClient(new ResponseBodyLimitsHandler(TimeSpan.FromMilliseconds(300), 1024 * 1024) { InnerHandler = new Chunks(100 * 100, stall: true) });
        using HttpResponseMessage response = await client.GetAsync("https://api.test/", HttpCompletionOption.ResponseHeadersRead);
        var body = Assert.IsType<ResponseBodyLimitsHandler.LimitedReadStream>(await response.Content.ReadAsStreamAsync());
        using var caller = new CancellationTokenSource();
        var buffer = new byte[100];
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(100, await body.ReadAsync(buffer, caller.Token));
        }

        TaskCanceledException exception = await Assert.ThrowsAsync<TaskCanceledException>(
            () => body.ReadAsync(buffer, caller.Token).AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.IsType<TimeoutException>(exception.InnerException);
        Assert.False(caller.IsCancellationRequested);
        Assert.Equal(1, body.LinkedTokenSourceCount);
    }

    [Fact]
    public async Task A_read_with_another_token_is_cancelled_by_that_token()
    {
        using var client = new HttpClient(new ResponseBodyLimitsHandler(TimeSpan.FromMinutes(1), 1024 * 1024) { InnerHandler = new Chunks(100, stall: true) });
        using HttpResponseMessage response = await client.GetAsync("https://api.test/", HttpCompletionOption.ResponseHeadersRead);
        var body = Assert.IsType<ResponseBodyLimitsHandler.LimitedReadStream>(await response.Content.ReadAsStreamAsync());
        using var first = new CancellationTokenSource();
        Assert.Equal(100, await body.ReadAsync(new byte[100], first.Token));
        using var second = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        OperationCanceledException exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => body.ReadAsync(new byte[100], second.Token).AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(second.Token, exception.CancellationToken);
        Assert.Equal(2, body.LinkedTokenSourceCount);
    }

    /// <summary>Answers with a body of <c>length</c> bytes, available at once, that then ends or stalls until its read is cancelled.</summary>
    private sealed class Chunks(int length, bool stall) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ChunkStream(length, stall)) });

        private sealed class ChunkStream(int available, bool stallsAtTheEnd) : Stream
        {
            private int _remaining = available;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            // The bytes that are there are delivered whatever the token says: only waiting is cancelled.
            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                if (_remaining == 0 && stallsAtTheEnd)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                int read = Math.Min(buffer.Length, _remaining);
                buffer.Span.Slice(0, read).Fill((byte)'x');
                _remaining -= read;
                return read;
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

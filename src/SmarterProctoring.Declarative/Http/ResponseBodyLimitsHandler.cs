using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Http;

/// <summary>
/// Bounds reading a response body in time and in size. Generated calls stream their answers
/// (<see cref="HttpCompletionOption.ResponseHeadersRead"/>), and <see cref="HttpClient.Timeout"/> stops counting once
/// the headers have arrived: without this handler a server that stalls in the middle of a body holds the call until
/// the caller cancels it, and a body of any size is read to its end.
/// </summary>
/// <remarks>
/// <para>
/// The time limit is measured from when this handler starts sending, so with the handler outermost it is the same
/// budget as <see cref="HttpClient.Timeout"/>: the whole call, headers and body. When it runs out while the body is
/// read, the read fails like <see cref="HttpClient.Timeout"/> does: a <see cref="TaskCanceledException"/> whose
/// <see cref="Exception.InnerException"/> is a <see cref="TimeoutException"/>. A caller's own cancellation still
/// surfaces as an <see cref="OperationCanceledException"/> carrying the caller's token.
/// </para>
/// <para>
/// The size limit counts the bytes of the body as they are read. Reading past it fails with an
/// <see cref="HttpRequestException"/> whose <see cref="HttpRequestException.HttpRequestError"/> is
/// <see cref="HttpRequestError.ConfigurationLimitExceeded"/>; generated calls report it as an
/// <see cref="ApiException"/> that says the body was too large.
/// </para>
/// </remarks>
public sealed class ResponseBodyLimitsHandler : DelegatingHandler
{
    /// <summary>Creates a handler with the given limits.</summary>
    /// <param name="timeout">
    /// How long the whole call may take, headers and body; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no limit.
    /// </param>
    /// <param name="maxContentLength">The largest body, in bytes, that may be read.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public ResponseBodyLimitsHandler(TimeSpan timeout, long maxContentLength)
    {
        if (timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxContentLength);
        Timeout = timeout;
        MaxContentLength = maxContentLength;
    }

    /// <summary>How long the whole call may take, headers and body.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The largest body, in bytes, that may be read.</summary>
    public long MaxContentLength { get; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        long started = TimeProvider.System.GetTimestamp();
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        TimeSpan remaining = Timeout == System.Threading.Timeout.InfiniteTimeSpan
            ? System.Threading.Timeout.InfiniteTimeSpan
            : Timeout - TimeProvider.System.GetElapsedTime(started);
        response.Content = new LimitedContent(response.Content, remaining, Timeout, MaxContentLength);
        return response;
    }

    /// <inheritdoc />
    public override string ToString() =>
        nameof(ResponseBodyLimitsHandler) + " (timeout "
        + (Timeout == System.Threading.Timeout.InfiniteTimeSpan ? "infinite" : Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s")
        + ", at most " + MaxContentLength.ToString(CultureInfo.InvariantCulture) + " bytes)";

    /// <summary>The original content, read through a <see cref="LimitedReadStream"/>; its headers are copied over.</summary>
    private sealed class LimitedContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly CancellationTokenSource? _deadline;
        private readonly TimeSpan _timeout;
        private readonly long _maxContentLength;

        public LimitedContent(HttpContent inner, TimeSpan remaining, TimeSpan timeout, long maxContentLength)
        {
            _inner = inner;
            _timeout = timeout;
            _maxContentLength = maxContentLength;
            if (remaining != System.Threading.Timeout.InfiniteTimeSpan)
            {
                _deadline = new CancellationTokenSource();
                if (remaining > TimeSpan.Zero)
                {
                    _deadline.CancelAfter(remaining);
                }
                else
                {
                    _deadline.Cancel();
                }
            }

            foreach (var header in inner.Headers.NonValidated)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new LimitedReadStream(
                await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _deadline, _timeout, _maxContentLength);

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
            new LimitedReadStream(_inner.ReadAsStream(cancellationToken), _deadline, _timeout, _maxContentLength);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            Stream source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            // A received Content-Length was copied with the other headers; this covers content that computes it.
            long? known = _inner.Headers.ContentLength;
            length = known ?? 0;
            return known.HasValue;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                _deadline?.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A read-only view of a body that fails once the deadline passes or the size limit is exceeded.</summary>
    internal sealed class LimitedReadStream(Stream inner, CancellationTokenSource? deadline, TimeSpan timeout, long maxContentLength) : Stream
    {
        private long _read;

        // The caller's token linked with the deadline, kept for as long as the caller passes the same token: readers
        // (System.Text.Json, CopyToAsync) pass one token to every read, and linking per read made about a thousand
        // sources for a 16 MiB body.
        private CancellationTokenSource? _linked;
        private CancellationToken _linkedToken;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>How many linked token sources this stream has made.</summary>
        internal int LinkedTokenSourceCount { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (deadline is null)
            {
                return Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
            }

            try
            {
                return Count(await inner.ReadAsync(buffer, ReadToken(deadline, cancellationToken)).ConfigureAwait(false));
            }
            catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
            {
                // The caller cancelled: report it with the caller's token, not the linked one.
                throw exception.CancellationToken == cancellationToken
                    ? exception
                    : new TaskCanceledException(exception.Message, exception, cancellationToken);
            }
            catch (Exception exception) when (deadline.IsCancellationRequested && exception is OperationCanceledException or IOException)
            {
                throw TimedOut(exception);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (deadline is { IsCancellationRequested: true })
            {
                throw TimedOut(null);
            }

            return Count(inner.Read(buffer));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _linked?.Dispose();
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            _linked?.Dispose();
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        /// <summary>The token a read waits on: the deadline's alone, or linked once with the caller's.</summary>
        private CancellationToken ReadToken(CancellationTokenSource deadlineSource, CancellationToken cancellationToken)
        {
            if (!cancellationToken.CanBeCanceled)
            {
                return deadlineSource.Token;
            }

            if (_linked is null || _linkedToken != cancellationToken)
            {
                _linked?.Dispose();
                _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineSource.Token);
                _linkedToken = cancellationToken;
                LinkedTokenSourceCount++;
            }

            return _linked.Token;
        }

        private int Count(int read)
        {
            _read += read;
            if (_read > maxContentLength)
            {
                throw new ResponseContentTooLargeException(maxContentLength);
            }

            return read;
        }

        private TaskCanceledException TimedOut(Exception? inner)
        {
            string message = "The request was canceled because its response body did not arrive within the timeout of "
                + timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " seconds.";
            return new TaskCanceledException(message, new TimeoutException(message, inner));
        }
    }
}

/// <summary>Thrown while reading a body that is larger than <see cref="ResponseBodyLimitsHandler.MaxContentLength"/>.</summary>
internal sealed class ResponseContentTooLargeException(long maxContentLength) : HttpRequestException(
    HttpRequestError.ConfigurationLimitExceeded,
    "The response body is larger than the limit of " + maxContentLength.ToString(CultureInfo.InvariantCulture) + " bytes.")
{
    public long MaxContentLength { get; } = maxContentLength;
}

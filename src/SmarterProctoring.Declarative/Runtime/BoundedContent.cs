using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative;

/// <summary>The beginning of a response body, as text, cut at <see cref="ApiException.MaxContentBytes"/> bytes.</summary>
internal readonly struct BoundedContent
{
    public BoundedContent(string? text, bool isTruncated)
    {
        Text = text;
        IsTruncated = isTruncated;
    }

    public string? Text { get; }

    public bool IsTruncated { get; }

    /// <summary>
    /// Reads at most <see cref="ApiException.MaxContentBytes"/> bytes of the body. A body that fails half-way (the
    /// connection breaks, or the client's body timeout runs out) is kept as far as it was read: the status is what the
    /// caller needs, and losing it to a transport error would hide it. Only the caller's own cancellation propagates.
    /// </summary>
    public static async Task<BoundedContent> ReadAsync(HttpRequestMessage request, HttpContent content, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ApiException.MaxContentBytes + 1);
        int length = 0;
        try
        {
            try
            {
                using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                int read;
                while (length <= ApiException.MaxContentBytes
                    && (read = await stream.ReadAsync(buffer.AsMemory(length, ApiException.MaxContentBytes + 1 - length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException
                || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Keep what was read before the connection failed or the body timed out.
            }

            return FromBytes(request, buffer.AsSpan(0, length), ApiException.MaxContentBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static BoundedContent FromBytes(HttpRequestMessage request, ReadOnlySpan<byte> bytes, int maxBytes)
    {
        if (bytes.Length == 0)
        {
            return new BoundedContent(null, isTruncated: false);
        }

        bool truncated = bytes.Length > maxBytes;
        if (truncated)
        {
            bytes = bytes.Slice(0, maxBytes);
        }

        string text = Encoding.UTF8.GetString(bytes);
        return new BoundedContent(Redaction.Scrub(text, request), truncated);
    }

    /// <summary>
    /// Passes a body through to a reader (System.Text.Json) while keeping a copy of its first
    /// <see cref="ApiException.MaxContentBytes"/> bytes, so a body that turns out to be unreadable can still be shown
    /// in the error, bounded, without the body ever being buffered whole.
    /// </summary>
    internal sealed class RecordingStream(Stream inner) : Stream
    {
        private byte[]? _prefix;
        private int _prefixLength;

        /// <summary>How many bytes have been read so far.</summary>
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>What has been read so far, bounded and with secrets scrubbed.</summary>
        public BoundedContent ToBoundedContent(HttpRequestMessage request)
        {
            BoundedContent content = FromBytes(request, _prefix.AsSpan(0, _prefixLength), ApiException.MaxContentBytes);
            return BytesRead > _prefixLength ? new BoundedContent(content.Text, isTruncated: true) : content;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return Record(buffer.Span, read);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer) => Record(buffer, inner.Read(buffer));

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
                ReturnPrefix();
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            ReturnPrefix();
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        private int Record(ReadOnlySpan<byte> buffer, int read)
        {
            BytesRead += read;
            int keep = Math.Min(read, ApiException.MaxContentBytes - _prefixLength);
            if (keep > 0)
            {
                _prefix ??= ArrayPool<byte>.Shared.Rent(ApiException.MaxContentBytes);
                buffer.Slice(0, keep).CopyTo(_prefix.AsSpan(_prefixLength));
                _prefixLength += keep;
            }

            return read;
        }

        private void ReturnPrefix()
        {
            if (_prefix is not null)
            {
                ArrayPool<byte>.Shared.Return(_prefix);
                _prefix = null;
                _prefixLength = 0;
            }
        }
    }
}

using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative;

/// <summary>
/// The beginning of a response body, as text, cut at <see cref="ApiException.MaxContentBytes"/> bytes, with the
/// secrets of the request masked (before the cut is made, so a secret across it is masked whole).
/// </summary>
internal readonly struct BoundedContent
{
    /// <summary>
    /// How far past the cut a body is read, or recorded, so that a secret across the cut is seen and masked whole. A
    /// longer secret is still masked from where it starts, as one that runs into the end of the text.
    /// </summary>
    internal const int LookaheadBytes = 4096;

    /// <summary>The most bytes <see cref="FromBytes"/> looks at: the kept part and the lookahead.</summary>
    internal const int WindowBytes = ApiException.MaxContentBytes + LookaheadBytes;

    public BoundedContent(string? text, bool isTruncated)
    {
        Text = text;
        IsTruncated = isTruncated;
    }

    public string? Text { get; }

    public bool IsTruncated { get; }

    /// <summary>
    /// Reads at most <see cref="ApiException.MaxContentBytes"/> bytes of the body (and a little more, to mask a secret
    /// across the cut). A body that fails half-way (the connection breaks, or the client's body timeout runs out) is
    /// kept as far as it was read: the status is what the caller needs, and losing it to a transport error would hide
    /// it. Only the caller's own cancellation propagates.
    /// </summary>
    public static async Task<BoundedContent> ReadAsync(HttpRequestMessage request, HttpContent content, CancellationToken cancellationToken)
    {
        // One byte past the window tells whether the body goes on beyond what is looked at.
        const int capacity = WindowBytes + 1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(capacity);
        int length = 0;
        bool failed = false;
        try
        {
            try
            {
                using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                int read;
                while (length < capacity
                    && (read = await stream.ReadAsync(buffer.AsMemory(length, capacity - length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException
                || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Keep what was read before the connection failed or the body timed out; it may stop inside a secret.
                failed = true;
            }

            int window = Math.Min(length, WindowBytes);
            return FromBytes(request, buffer.AsSpan(0, window), isTruncated: length > ApiException.MaxContentBytes, endsEarly: failed || length > window);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text of the first <see cref="ApiException.MaxContentBytes"/> bytes, cut between characters, with secrets
    /// masked. <paramref name="bytes"/> may run up to <see cref="LookaheadBytes"/> past the cut; the part past it is
    /// only looked at, for a secret across the cut.
    /// </summary>
    /// <param name="request">The request whose sensitive headers are masked.</param>
    /// <param name="bytes">The body as far as it was read, at most <see cref="WindowBytes"/> bytes.</param>
    /// <param name="isTruncated">Whether the body is longer than what is kept.</param>
    /// <param name="endsEarly">Whether <paramref name="bytes"/> stop before the body did.</param>
    public static BoundedContent FromBytes(HttpRequestMessage request, ReadOnlySpan<byte> bytes, bool isTruncated, bool endsEarly)
    {
        // Bytes that stop inside a character are dropped rather than decoded as U+FFFD, which would end a match.
        int end = endsEarly ? WholeCharacters(bytes) : bytes.Length;
        if (end == 0)
        {
            return new BoundedContent(null, isTruncated);
        }

        int cut = Math.Min(end, ApiException.MaxContentBytes);
        for (int i = 0; i < 3 && cut > 0 && cut < end && IsContinuation(bytes[cut]); i++)
        {
            cut--;
        }

        // Decoded in two parts, so the cut is exactly at a character of the text.
        string kept = Encoding.UTF8.GetString(bytes.Slice(0, cut));
        string text = end > cut ? kept + Encoding.UTF8.GetString(bytes.Slice(cut, end - cut)) : kept;
        return new BoundedContent(Redaction.ScrubAndCut(text, kept.Length, endsEarly, request), isTruncated);
    }

    /// <summary>The bounded, masked text of a body that was read whole.</summary>
    public static BoundedContent FromWholeBody(HttpRequestMessage request, ReadOnlySpan<byte> body) =>
        FromBytes(request, body.Slice(0, Math.Min(body.Length, WindowBytes)), isTruncated: body.Length > ApiException.MaxContentBytes, endsEarly: body.Length > WindowBytes);

    private static bool IsContinuation(byte value) => (value & 0xC0) == 0x80;

    /// <summary>The length of <paramref name="bytes"/> without a last character that is not complete.</summary>
    private static int WholeCharacters(ReadOnlySpan<byte> bytes)
    {
        int last = bytes.Length - 1;
        for (int i = 0; i < 3 && last > 0 && IsContinuation(bytes[last]); i++)
        {
            last--;
        }

        if (last < 0)
        {
            return 0;
        }

        byte lead = bytes[last];
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return bytes.Length - last < needed ? last : bytes.Length;
    }

    /// <summary>
    /// Passes a body through to a reader (System.Text.Json) while keeping a copy of its first
    /// <see cref="WindowBytes"/> bytes, so a body that turns out to be unreadable can still be shown in the error,
    /// bounded and masked, without the body ever being buffered whole.
    /// </summary>
    internal sealed class RecordingStream(Stream inner) : Stream
    {
        private byte[]? _prefix;
        private int _prefixLength;
        private bool _ended;

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

        /// <summary>
        /// What has been read so far, bounded and with secrets masked. Unless the body was read to its end, the reader
        /// stopped somewhere in it (at an error, or at the size limit), perhaps inside a secret.
        /// </summary>
        public BoundedContent ToBoundedContent(HttpRequestMessage request) =>
            FromBytes(
                request,
                _prefix.AsSpan(0, _prefixLength),
                isTruncated: BytesRead > ApiException.MaxContentBytes,
                endsEarly: !_ended || BytesRead > _prefixLength);

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
            _ended |= read == 0 && !buffer.IsEmpty;

            // The lookahead past the cut is kept too, so a secret across the cut can be masked whole.
            int keep = Math.Min(read, WindowBytes - _prefixLength);
            if (keep > 0)
            {
                _prefix ??= ArrayPool<byte>.Shared.Rent(WindowBytes);
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

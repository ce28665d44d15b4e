using System;
using System.Buffers;
using System.ComponentModel;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Creates JSON request bodies with System.Text.Json metadata (never reflection). Called by generated code; not
/// meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonBody
{
    /// <summary>
    /// What <see cref="JsonSerializerOptions.MaxDepth"/> = 0 means to the serializer. The serializer's own constant is
    /// internal; the writer would read 0 as its own, different default (1000).
    /// </summary>
    private const int SerializerDefaultMaxDepth = 64;

    /// <summary>
    /// Serializes <paramref name="value"/> now, once, into a pooled buffer, so a serialization error surfaces before
    /// anything is sent and the request carries a <c>Content-Length</c>. The buffer returns to the pool once the
    /// content is disposed and no copy of the body (a transport still sending it) is in progress.
    /// </summary>
    public static HttpContent Create<T>(T value, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        var content = new PooledJsonContent();
        try
        {
            Utf8JsonWriter writer = RentWriter(content, jsonTypeInfo.Options);
            try
            {
                JsonSerializer.Serialize(writer, value, jsonTypeInfo);
                writer.Flush();
            }
            finally
            {
                ReturnWriter(writer);
            }

            return content;
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The writer options System.Text.Json itself uses for <paramref name="options"/> (its own conversion is internal),
    /// so a body is byte for byte what <see cref="JsonSerializer"/> writes, and a cached writer's options compare equal.
    /// </summary>
    internal static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
#if NET9_0_OR_GREATER
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
#endif
        MaxDepth = options.MaxDepth == 0 ? SerializerDefaultMaxDepth : options.MaxDepth,
        SkipValidation = true,
    };

    // One writer per thread, reset onto each body: serialization finishes before Create returns, so it is never
    // shared, and a writer whose options differ (another context) is simply replaced.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static Utf8JsonWriter RentWriter(IBufferWriter<byte> output, JsonSerializerOptions options)
    {
        JsonWriterOptions writerOptions = WriterOptions(options);
        Utf8JsonWriter? writer = t_writer;
        t_writer = null;
        if (writer is not null && SameOptions(writer.Options, writerOptions))
        {
            writer.Reset(output);
            return writer;
        }

        writer?.Dispose();
        return new Utf8JsonWriter(output, writerOptions);
    }

    private static void ReturnWriter(Utf8JsonWriter writer)
    {
        writer.Reset(NullBufferWriter.Instance);
        t_writer = writer;
    }

    private static bool SameOptions(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder)
        && a.Indented == b.Indented
#if NET9_0_OR_GREATER
        && a.IndentCharacter == b.IndentCharacter
        && a.IndentSize == b.IndentSize
        && string.Equals(a.NewLine, b.NewLine, StringComparison.Ordinal)
#endif
        && a.MaxDepth == b.MaxDepth
        && a.SkipValidation == b.SkipValidation;

    /// <summary>
    /// The body, already serialized into a pooled buffer. The media type is stored as the constant text and parsed
    /// only if someone reads it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Disposing the content does not mean nobody reads the buffer any more: over HTTP/2 a server may answer (401,
    /// 413) before the body is sent, the caller then disposes the request, and the connection's copy of the body is
    /// still running. Returning the buffer then would let the next renter overwrite a body on the wire, or put its
    /// own bytes — another request's data — there.
    /// </para>
    /// <para>
    /// So the buffer is leased. The content holds one lease until it is disposed, and every copy of the body
    /// (<c>SerializeToStreamAsync</c>, and <c>SerializeToStream</c>, through which every read of the content goes)
    /// holds one until its write has completed, which is when <see cref="Stream"/> lets a caller reuse a
    /// buffer. Whichever lease ends last returns the buffer. A lease is only ever taken from a count above zero, so
    /// once the buffer is returned no copy can reach it: a copy that starts after dispose throws
    /// <see cref="ObjectDisposedException"/>. The buffer is written only inside <see cref="JsonBody.Create{T}"/>, before the
    /// content is handed to anyone, so growing it there (returning the smaller array) cannot race with a copy.
    /// </para>
    /// </remarks>
    internal sealed class PooledJsonContent : HttpContent, IBufferWriter<byte>
    {
        /// <summary>The size of the buffer a body starts with.</summary>
        internal const int InitialCapacity = 4096;

        private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
        private int _written;

        // The content's own lease, until it is disposed, plus one per copy in progress.
        private int _leases = 1;
        private int _disposed;

        public PooledJsonContent()
        {
            Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => Grow(sizeHint).AsMemory(_written);

        public Span<byte> GetSpan(int sizeHint = 0) => Grow(sizeHint).AsSpan(_written);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            ReadOnlyMemory<byte> body = Lease();
            try
            {
                await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Release();
            }
        }

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            ReadOnlyMemory<byte> body = Lease();
            try
            {
                stream.Write(body.Span);
            }
            finally
            {
                Release();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _written;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Release();
            }

            base.Dispose(disposing);
        }

        private ReadOnlyMemory<byte> Lease()
        {
            int leases = Volatile.Read(ref _leases);
            while (true)
            {
                ObjectDisposedException.ThrowIf(leases == 0 || Volatile.Read(ref _disposed) != 0, this);
                int seen = Interlocked.CompareExchange(ref _leases, leases + 1, leases);
                if (seen == leases)
                {
                    // The lease just taken keeps the count above zero, so the buffer cannot have been returned.
                    return _buffer.AsMemory(0, _written);
                }

                leases = seen;
            }
        }

        private void Release()
        {
            if (Interlocked.Decrement(ref _leases) == 0)
            {
                byte[]? buffer = _buffer;
                _buffer = null;
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }

        private byte[] Grow(int sizeHint)
        {
            byte[]? buffer = _buffer;
            ObjectDisposedException.ThrowIf(buffer is null, this);
            int needed = Math.Max(sizeHint, 1);
            if (buffer.Length - _written >= needed)
            {
                return buffer;
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, _written + needed));
            buffer.AsSpan(0, _written).CopyTo(larger);
            _buffer = larger;
            ArrayPool<byte>.Shared.Return(buffer);
            return larger;
        }
    }

    private sealed class NullBufferWriter : IBufferWriter<byte>
    {
        public static readonly NullBufferWriter Instance = new();

        public void Advance(int count)
        {
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Array.Empty<byte>();

        public Span<byte> GetSpan(int sizeHint = 0) => Array.Empty<byte>();
    }
}
